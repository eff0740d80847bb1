"""scikit-learn's version of a Motiv run's model selection on the rows ModelSelectionBench wrote: for each k in
kmin..kmax, KMeans (k-means++, `restarts` starts, Lloyd, all cores) and the silhouette on a 5,000-row sample; the k
with the highest silhouette wins. Motiv's run also standardises, bootstraps stability and stores members and profiles."""
import sys
import time

import numpy as np
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score

n, d, kmin, kmax, restarts, seed, path = (int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]),
                                          int(sys.argv[5]), int(sys.argv[6]), sys.argv[7])
data = np.fromfile(path, dtype="<f8").reshape(n, d)
start = time.perf_counter()
scores = {}
for k in range(kmin, kmax + 1):
    fit = KMeans(n_clusters=k, n_init=restarts, init="k-means++", algorithm="lloyd", random_state=seed).fit(data)
    scores[k] = silhouette_score(data, fit.labels_, sample_size=5000, random_state=seed)
seconds = time.perf_counter() - start
best = max(scores, key=scores.get)
print(f"RESULT engine=sklearn n={n} d={d} kmin={kmin} kmax={kmax} restarts={restarts} seconds={seconds:.3f} k={best}")
