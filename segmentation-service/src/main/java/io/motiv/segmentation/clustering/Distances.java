package io.motiv.segmentation.clustering;

/** Squared Euclidean distance between two rows of flat row-major arrays. */
final class Distances {

    private Distances() {
    }

    /**
     * sum over j of (a[aOffset + j] - b[bOffset + j])^2 for j in 0..d-1. Four independent accumulators let the CPU
     * overlap the additions (a single running sum is one long dependency chain); the order of additions is fixed, so
     * the result is deterministic.
     */
    static double squared(double[] a, int aOffset, double[] b, int bOffset, int d) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (; j + 3 < d; j += 4) {
            double t0 = a[aOffset + j] - b[bOffset + j];
            double t1 = a[aOffset + j + 1] - b[bOffset + j + 1];
            double t2 = a[aOffset + j + 2] - b[bOffset + j + 2];
            double t3 = a[aOffset + j + 3] - b[bOffset + j + 3];
            s0 += t0 * t0;
            s1 += t1 * t1;
            s2 += t2 * t2;
            s3 += t3 * t3;
        }
        for (; j < d; j++) {
            double t = a[aOffset + j] - b[bOffset + j];
            s0 += t * t;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The nearest of k centers (flat, k x d) to row {@code offset} of {@code x}; the lowest index wins a tie. */
    static int nearest(double[] x, int offset, double[] centers, int k, int d) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int j = 0; j < k; j++) {
            double distance = squared(x, offset, centers, j * d, d);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = j;
            }
        }
        return best;
    }
}
