"""scikit-learn's KMeans on the data ClusteringBench wrote (same n, d, k; one k-means++ start, Lloyd, all cores)."""
import sys
import time

import numpy as np
from sklearn.cluster import KMeans

n, d, k, seed, path = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
data = np.fromfile(path, dtype="<f8").reshape(n, d)
start = time.perf_counter()
fit = KMeans(n_clusters=k, n_init=1, init="k-means++", algorithm="lloyd", random_state=seed, max_iter=300, tol=1e-4).fit(data)
seconds = time.perf_counter() - start
print(f"RESULT engine=sklearn seconds={seconds:.3f} iterations={fit.n_iter_} inertia={fit.inertia_:.6e}")
