package io.motiv.segmentation.clustering;

/**
 * Cluster labels of the rows of a matrix, checked for the internal validity metrics: one label per row, each in
 * 0..n-1, and between 2 and n - 1 distinct clusters (with one cluster, or n singletons, the metrics are undefined;
 * scikit-learn refuses the same cases). Label values need not be consecutive; empty label values are ignored.
 */
final class Partition {

    private final int[] labels;
    private final int[] sizes;
    private final int clusters;

    private Partition(int[] labels, int[] sizes, int clusters) {
        this.labels = labels;
        this.sizes = sizes;
        this.clusters = clusters;
    }

    static Partition of(FeatureMatrix data, int[] labels, String metric) {
        if (labels == null || labels.length != data.rows()) {
            throw new IllegalArgumentException(metric + " needs one label per row: " + data.rows() + " rows, "
                    + (labels == null ? 0 : labels.length) + " labels");
        }
        int n = labels.length;
        int largest = -1;
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0 || labels[i] >= n) {
                throw new IllegalArgumentException(metric + " needs labels in 0.." + (n - 1) + ", row " + i
                        + " has " + labels[i]);
            }
            largest = Math.max(largest, labels[i]);
        }
        int[] sizes = new int[largest + 1];
        for (int label : labels) {
            sizes[label]++;
        }
        int clusters = 0;
        for (int size : sizes) {
            if (size > 0) {
                clusters++;
            }
        }
        if (clusters < 2 || clusters > n - 1) {
            throw new IllegalArgumentException(metric + " needs between 2 and n - 1 = " + (n - 1)
                    + " clusters, the labels form " + clusters);
        }
        return new Partition(labels, sizes, clusters);
    }

    int label(int row) {
        return labels[row];
    }

    /** Label values 0..labelSlots()-1 (some may be empty). */
    int labelSlots() {
        return sizes.length;
    }

    int size(int label) {
        return sizes[label];
    }

    /** Non-empty clusters. */
    int clusters() {
        return clusters;
    }

    /** Cluster means, flat labelSlots() x d; zeros for an empty label value. */
    double[] means(FeatureMatrix data) {
        int d = data.columns();
        double[] x = data.values();
        double[] means = new double[sizes.length * d];
        for (int i = 0; i < labels.length; i++) {
            int base = labels[i] * d;
            int offset = i * d;
            for (int c = 0; c < d; c++) {
                means[base + c] += x[offset + c];
            }
        }
        for (int j = 0; j < sizes.length; j++) {
            for (int c = 0; c < d; c++) {
                if (sizes[j] > 0) {
                    means[j * d + c] /= sizes[j];
                }
            }
        }
        return means;
    }
}
