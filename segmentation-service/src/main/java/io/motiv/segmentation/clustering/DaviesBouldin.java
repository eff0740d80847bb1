package io.motiv.segmentation.clustering;

/**
 * The Davies-Bouldin index (Davies &amp; Bouldin 1979, "A cluster separation measure", IEEE TPAMI 1(2), 224-227),
 * with Euclidean distances as in scikit-learn's {@code davies_bouldin_score}:
 * <pre>
 * S_i  = mean over rows x of cluster i of ||x - m_i||     (scatter)
 * M_ij = ||m_i - m_j||                                      (separation)
 * DB   = (1/k) sum over i of max over j != i of (S_i + S_j) / M_ij
 * </pre>
 * Lower is better; DB &gt;= 0. Following scikit-learn: DB = 0 when every S_i or every M_ij is 0, and a pair of
 * coinciding means (M_ij = 0) is left out of the maximum.
 */
public final class DaviesBouldin {

    private DaviesBouldin() {
    }

    /**
     * @throws IllegalArgumentException unless there is one label per row and 2 &lt;= clusters &lt;= n - 1
     */
    public static double score(FeatureMatrix data, int[] labels) {
        Partition partition = Partition.of(data, labels, "Davies-Bouldin");
        int n = data.rows();
        int d = data.columns();
        double[] x = data.values();
        double[] means = partition.means(data);
        int slots = partition.labelSlots();
        double[] scatter = new double[slots];
        for (int i = 0; i < n; i++) {
            int label = partition.label(i);
            scatter[label] += Math.sqrt(Distances.squared(x, i * d, means, label * d, d));
        }
        boolean allScatterZero = true;
        for (int j = 0; j < slots; j++) {
            if (partition.size(j) > 0) {
                scatter[j] /= partition.size(j);
                allScatterZero &= scatter[j] == 0;
            }
        }
        double[][] separation = new double[slots][slots];
        boolean allSeparationZero = true;
        for (int i = 0; i < slots; i++) {
            for (int j = i + 1; j < slots; j++) {
                if (partition.size(i) > 0 && partition.size(j) > 0) {
                    double distance = Math.sqrt(Distances.squared(means, i * d, means, j * d, d));
                    separation[i][j] = distance;
                    separation[j][i] = distance;
                    allSeparationZero &= distance == 0;
                }
            }
        }
        if (allScatterZero || allSeparationZero) {
            return 0.0;
        }
        double sum = 0;
        for (int i = 0; i < slots; i++) {
            if (partition.size(i) == 0) {
                continue;
            }
            double worst = 0;
            for (int j = 0; j < slots; j++) {
                if (j != i && partition.size(j) > 0 && separation[i][j] > 0) {
                    worst = Math.max(worst, (scatter[i] + scatter[j]) / separation[i][j]);
                }
            }
            sum += worst;
        }
        return sum / partition.clusters();
    }
}
