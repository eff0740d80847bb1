"""scikit-learn's KMeans on the data ClusteringBench wrote (same n, d, k; one k-means++ start, Lloyd, all cores), and
the physical floor for context: the time of one read pass over the matrix (numpy sum, best of 5) at this machine's
memory bandwidth, which an iteration of Lloyd's algorithm cannot beat."""
import resource
import sys
import time

import numpy as np
from sklearn.cluster import KMeans

n, d, k, seed, path = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
data = np.fromfile(path, dtype="<f8").reshape(n, d)
passes = []
for _ in range(5):
    start = time.perf_counter()
    data.sum()
    passes.append(time.perf_counter() - start)
floor = min(passes)
print(f"RESULT engine=floor seconds_per_pass={floor:.5f} gb_per_s={data.nbytes / floor / 1e9:.2f} bytes={data.nbytes}")
start = time.perf_counter()
fit = KMeans(n_clusters=k, n_init=1, init="k-means++", algorithm="lloyd", random_state=seed, max_iter=300, tol=1e-4).fit(data)
seconds = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"RESULT engine=sklearn seconds={seconds:.3f} iterations={fit.n_iter_} inertia={fit.inertia_:.6e} peak_rss_mb={peak_mb}")
