package io.motiv.segmentation.clustering;

/**
 * How to choose k.
 *
 * @param minK the smallest k tried, &gt;= 2
 * @param maxK the largest k tried, &gt;= minK
 * @param restarts k-means++ restarts per k
 * @param maxIterations Lloyd iterations per restart
 * @param tolerance relative inertia change that stops a restart (see {@link KMeansOptions#tolerance()})
 * @param seed the master seed: every k is fitted with it, and it picks the silhouette sample (the same rows for
 *     every k)
 * @param silhouetteSampleSize rows the silhouette is computed on (exact when n &lt;= this)
 * @param minSegmentShare the guardrail: a k whose smallest cluster holds less than this share of the rows is not
 *     recommended, in [0, 0.5)
 */
public record KSelectionOptions(int minK, int maxK, int restarts, int maxIterations, double tolerance, long seed,
                                int silhouetteSampleSize, double minSegmentShare) {

    /** 3%: a segment smaller than this is rarely worth a campaign of its own. */
    public static final double DEFAULT_MIN_SEGMENT_SHARE = 0.03;

    public KSelectionOptions {
        if (minK < 2) {
            throw new IllegalArgumentException("minK must be at least 2, got " + minK);
        }
        if (maxK < minK) {
            throw new IllegalArgumentException("maxK (" + maxK + ") must not be below minK (" + minK + ")");
        }
        new KMeansOptions(minK, restarts, maxIterations, tolerance, seed); // same rules as a single fit
        if (silhouetteSampleSize < 2) {
            throw new IllegalArgumentException("silhouetteSampleSize must be at least 2, got " + silhouetteSampleSize);
        }
        if (!(minSegmentShare >= 0 && minSegmentShare < 0.5)) {
            throw new IllegalArgumentException("minSegmentShare must be in [0, 0.5), got " + minSegmentShare);
        }
    }

    /** k in minK..maxK with the {@link KMeansOptions#of defaults} of k-means, a silhouette sample of
     * {@value Silhouette#DEFAULT_SAMPLE_SIZE} and a minimum segment share of 3%. */
    public static KSelectionOptions of(int minK, int maxK, long seed) {
        return new KSelectionOptions(minK, maxK, KMeansOptions.DEFAULT_RESTARTS, KMeansOptions.DEFAULT_MAX_ITERATIONS,
                KMeansOptions.DEFAULT_TOLERANCE, seed, Silhouette.DEFAULT_SAMPLE_SIZE, DEFAULT_MIN_SEGMENT_SHARE);
    }

    public KSelectionOptions withRestarts(int newRestarts) {
        return new KSelectionOptions(minK, maxK, newRestarts, maxIterations, tolerance, seed, silhouetteSampleSize,
                minSegmentShare);
    }

    public KSelectionOptions withSilhouetteSampleSize(int newSampleSize) {
        return new KSelectionOptions(minK, maxK, restarts, maxIterations, tolerance, seed, newSampleSize,
                minSegmentShare);
    }

    public KSelectionOptions withMinSegmentShare(double newShare) {
        return new KSelectionOptions(minK, maxK, restarts, maxIterations, tolerance, seed, silhouetteSampleSize,
                newShare);
    }

    /** The k-means options for one k. */
    public KMeansOptions kMeansOptions(int k) {
        return new KMeansOptions(k, restarts, maxIterations, tolerance, seed);
    }
}
