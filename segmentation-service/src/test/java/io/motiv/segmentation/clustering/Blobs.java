package io.motiv.segmentation.clustering;

import java.util.Arrays;
import java.util.Random;

/**
 * Seeded Gaussian blobs for tests: cluster centers uniform in [-spread, spread]^d (or given), points
 * center + sd * N(0, 1). Rows are dealt to the blobs in turn until each has its size, so blob j's rows are
 * spread over the whole matrix. {@link Random} is used because its algorithm, nextGaussian included, is specified:
 * the data are the same on every JDK.
 */
record Blobs(FeatureMatrix data, int[] truth, double[][] centers) {

    static Blobs generate(int clusters, int perCluster, int d, double spread, double sd, long seed) {
        int[] sizes = new int[clusters];
        Arrays.fill(sizes, perCluster);
        return generate(sizes, d, spread, sd, seed);
    }

    static Blobs generate(int[] sizes, int d, double spread, double sd, long seed) {
        Random random = new Random(seed);
        double[][] centers = new double[sizes.length][d];
        for (double[] center : centers) {
            for (int c = 0; c < d; c++) {
                center[c] = spread * (2 * random.nextDouble() - 1);
            }
        }
        return around(centers, sizes, sd, random);
    }

    /** Blobs of the given sizes around the given centers. */
    static Blobs around(double[][] centers, int[] sizes, double sd, long seed) {
        return around(centers, sizes, sd, new Random(seed));
    }

    private static Blobs around(double[][] centers, int[] sizes, double sd, Random random) {
        int clusters = sizes.length;
        int d = centers[0].length;
        int n = Arrays.stream(sizes).sum();
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
