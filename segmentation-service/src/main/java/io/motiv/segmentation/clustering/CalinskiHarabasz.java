package io.motiv.segmentation.clustering;

/**
 * The Calinski-Harabasz index, or variance ratio criterion (Calinski &amp; Harabasz 1974, "A dendrite method for
 * cluster analysis", Communications in Statistics 3(1), 1-27):
 * <pre>
 * CH = [B / (k - 1)] / [W / (n - k)]
 * B  = sum over clusters j of n_j ||m_j - m||^2      (between-cluster dispersion)
 * W  = sum over rows i of ||x_i - m_{l(i)}||^2         (within-cluster dispersion, the inertia)
 * </pre>
 * with m_j the mean of cluster j, m the overall mean and k the number of non-empty clusters. Higher is better.
 * As in scikit-learn's {@code calinski_harabasz_score}, CH = 1 when W = 0.
 */
public final class CalinskiHarabasz {

    private CalinskiHarabasz() {
    }

    /**
     * @throws IllegalArgumentException unless there is one label per row and 2 &lt;= clusters &lt;= n - 1
     */
    public static double score(FeatureMatrix data, int[] labels) {
        Partition partition = Partition.of(data, labels, "Calinski-Harabasz");
        int n = data.rows();
        int d = data.columns();
        double[] x = data.values();
        double[] means = partition.means(data);
        double[] overall = new double[d];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < d; c++) {
                overall[c] += x[i * d + c];
            }
        }
        for (int c = 0; c < d; c++) {
            overall[c] /= n;
        }
        double between = 0;
        for (int j = 0; j < partition.labelSlots(); j++) {
            if (partition.size(j) > 0) {
                between += partition.size(j) * Distances.squared(means, j * d, overall, 0, d);
            }
        }
        double within = 0;
        for (int i = 0; i < n; i++) {
            within += Distances.squared(x, i * d, means, partition.label(i) * d, d);
        }
        if (within == 0) {
            return 1.0;
        }
        int k = partition.clusters();
        return between * (n - k) / (within * (k - 1));
    }
}
