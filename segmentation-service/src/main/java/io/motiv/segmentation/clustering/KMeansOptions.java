package io.motiv.segmentation.clustering;

/**
 * How to fit k-means.
 *
 * @param k the number of clusters, &gt;= 2
 * @param restarts independent k-means++ starts; the fit with the lowest inertia is kept, &gt;= 1
 * @param maxIterations the most Lloyd iterations (assignment + update) per start, &gt;= 1
 * @param tolerance a start stops (converged) when no point changes cluster or when an iteration lowers the inertia
 *     by at most {@code tolerance} times its previous value, i.e. (J_{t-1} - J_t) &lt;= tolerance * J_{t-1};
 *     0 means only the first
 * @param seed the master seed; see {@link KMeansEngine} for how each start's random stream derives from it
 */
public record KMeansOptions(int k, int restarts, int maxIterations, double tolerance, long seed) {

    public static final int DEFAULT_RESTARTS = 10;
    public static final int DEFAULT_MAX_ITERATIONS = 300;
    public static final double DEFAULT_TOLERANCE = 1e-6;

    public KMeansOptions {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2 (one cluster is no segmentation), got " + k);
        }
        if (restarts < 1) {
            throw new IllegalArgumentException("restarts must be at least 1, got " + restarts);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, got " + maxIterations);
        }
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and >= 0, got " + tolerance);
        }
    }

    /** k clusters with {@value #DEFAULT_RESTARTS} restarts, at most {@value #DEFAULT_MAX_ITERATIONS} iterations and
     * a relative tolerance of {@value #DEFAULT_TOLERANCE}. */
    public static KMeansOptions of(int k, long seed) {
        return new KMeansOptions(k, DEFAULT_RESTARTS, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE, seed);
    }

    public KMeansOptions withK(int newK) {
        return new KMeansOptions(newK, restarts, maxIterations, tolerance, seed);
    }

    public KMeansOptions withRestarts(int newRestarts) {
        return new KMeansOptions(k, newRestarts, maxIterations, tolerance, seed);
    }

    public KMeansOptions withMaxIterations(int newMaxIterations) {
        return new KMeansOptions(k, restarts, newMaxIterations, tolerance, seed);
    }

    public KMeansOptions withTolerance(double newTolerance) {
        return new KMeansOptions(k, restarts, maxIterations, newTolerance, seed);
    }

    public KMeansOptions withSeed(long newSeed) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, newSeed);
    }
}
