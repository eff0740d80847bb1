package io.motiv.segmentation.clustering;

import java.util.Random;

/**
 * Seeded Gaussian blobs for tests: cluster centers uniform in [-spread, spread]^d, points center + sd * N(0, 1).
 * Row i belongs to blob i % clusters (unless sizes are given). {@link Random} is used because its algorithm,
 * nextGaussian included, is specified, so the data are the same on every JDK.
 */
record Blobs(FeatureMatrix data, int[] truth, double[][] centers) {

    static Blobs generate(int clusters, int perCluster, int d, double spread, double sd, long seed) {
        int[] sizes = new int[clusters];
        java.util.Arrays.fill(sizes, perCluster);
        return generate(sizes, d, spread, sd, seed);
    }

    static Blobs generate(int[] sizes, int d, double spread, double sd, long seed) {
        Random random = new Random(seed);
        int clusters = sizes.length;
        double[][] centers = new double[clusters][d];
        for (double[] center : centers) {
            for (int c = 0; c < d; c++) {
                center[c] = spread * (2 * random.nextDouble() - 1);
            }
        }
        int n = java.util.Arrays.stream(sizes).sum();
        double[] values = new double[n * d];
        int[] truth = new int[n];
        int[] remaining = sizes.clone();
        int row = 0;
        while (row < n) {
            for (int j = 0; j < clusters && row < n; j++) {
                if (remaining[j] == 0) {
                    continue;
                }
                remaining[j]--;
                truth[row] = j;
                for (int c = 0; c < d; c++) {
                    values[row * d + c] = centers[j][c] + sd * random.nextGaussian();
                }
                row++;
            }
        }
        return new Blobs(FeatureMatrix.wrap(n, d, values), truth, centers);
    }

    int rows() {
        return data.rows();
    }
}
