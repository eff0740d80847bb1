package io.motiv.segmentation.clustering;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * k-means clustering (minimise the within-cluster sum of squares, the inertia): {@link KMeansPlusPlus} seeding,
 * then Lloyd's iteration accelerated with Hamerly's bound ({@link HamerlyKMeans}), several restarts keeping the
 * lowest inertia. Plain Java, no framework; safe to share between threads.
 *
 * <p><b>Seeds.</b> A fit with master seed s draws restart r's seed as the (r+1)-th {@code nextLong()} of
 * {@code new SplittableRandom(s)}; restart r then uses {@code new SplittableRandom(thatSeed)} for its k-means++
 * draws (the only randomness in a fit). So the same data, options and seed give the same result, bit for bit.
 * (SplittableRandom is SplitMix64; its output has not changed across JDK releases, though its Javadoc does not
 * promise it.)
 *
 * <p><b>Threads.</b> The row passes run in parallel over fixed blocks of rows, whose partial sums are combined in
 * block order: the result does not depend on the number of threads or their scheduling. It does depend on the
 * block size (a constant in production), which sets the order of floating-point additions.
 */
public final class KMeansEngine {

    private final int rowsPerBlock;

    public KMeansEngine() {
        this(RowBlocks.DEFAULT_ROWS_PER_BLOCK);
    }

    /** With another block size: for tests that need several blocks on small data. */
    KMeansEngine(int rowsPerBlock) {
        if (rowsPerBlock < 1) {
            throw new IllegalArgumentException("rows per block must be >= 1, got " + rowsPerBlock);
        }
        this.rowsPerBlock = rowsPerBlock;
    }

    /** See {@link #fit(FeatureMatrix, KMeansOptions, KMeansListener)}. */
    public KMeansResult fit(FeatureMatrix data, KMeansOptions options) {
        return fit(data, options, KMeansListener.NONE);
    }

    /**
     * Fits k-means with {@code options.restarts()} k-means++ starts and keeps the one with the lowest inertia (the
     * first on a tie).
     *
     * @throws IllegalArgumentException when k exceeds the number of rows, or the data has fewer than k distinct rows
     *     (k &lt; 2 is already refused by {@link KMeansOptions})
     */
    public KMeansResult fit(FeatureMatrix data, KMeansOptions options, KMeansListener listener) {
        requireNonNull(data, options, listener);
        int k = options.k();
        requireFittable(data, k);
        RowBlocks blocks = new RowBlocks(data.rows(), rowsPerBlock);
        int localTrials = KMeansPlusPlus.defaultLocalTrials(k);
        SplittableRandom master = new SplittableRandom(options.seed());
        double[] restartInertias = new double[options.restarts()];
        HamerlyKMeans best = null;
        int bestRestart = -1;
        for (int restart = 0; restart < options.restarts(); restart++) {
            SplittableRandom random = new SplittableRandom(master.nextLong());
            double[] seeds = KMeansPlusPlus.seed(data, k, random, localTrials, blocks);
            HamerlyKMeans run = new HamerlyKMeans(data, seeds, blocks)
                    .run(options.maxIterations(), options.tolerance(), listener, restart);
            restartInertias[restart] = run.inertia();
            if (best == null || run.inertia() < best.inertia()) {
                best = run;
                bestRestart = restart;
            }
        }
        return resultOf(best, bestRestart, restartInertias);
    }

    /** See {@link #refine(FeatureMatrix, double[][], int, double, KMeansListener)}. */
    public KMeansResult refine(FeatureMatrix data, double[][] initialCentroids, int maxIterations, double tolerance) {
        return refine(data, initialCentroids, maxIterations, tolerance, KMeansListener.NONE);
    }

    /**
     * One k-means run from given centroids instead of k-means++ (a warm start from a previous run's centroids, or a
     * reference run in tests). Stopping rule and empty-cluster handling as in {@link #fit}.
     *
     * @throws IllegalArgumentException for fewer than 2 centroids, centroids of the wrong width or not finite, or
     *     data with fewer rows or distinct rows than centroids
     */
    public KMeansResult refine(FeatureMatrix data, double[][] initialCentroids, int maxIterations, double tolerance,
                               KMeansListener listener) {
        // Validates k, maxIterations and tolerance the same way fit does.
        KMeansOptions options = new KMeansOptions(initialCentroids == null ? 0 : initialCentroids.length, 1,
                maxIterations, tolerance, 0L);
        requireNonNull(data, options, listener);
        requireFittable(data, options.k());
        double[] centers = flatten(initialCentroids, data.columns());
        HamerlyKMeans run = new HamerlyKMeans(data, centers, new RowBlocks(data.rows(), rowsPerBlock))
                .run(maxIterations, tolerance, listener, 0);
        return resultOf(run, 0, new double[] {run.inertia()});
    }

    /**
     * The nearest centroid (lowest index on a tie) of every row of {@code points}: live assignment of new customers
     * to the segments of a run. Rows are processed in parallel; the answer does not depend on it.
     *
     * @throws IllegalArgumentException when there are no centroids or their width differs from the points'
     */
    public int[] assign(FeatureMatrix points, double[][] centroids) {
        if (points == null) {
            throw new IllegalArgumentException("points are missing");
        }
        int d = points.columns();
        double[] centers = flatten(centroids, d);
        int k = centroids.length;
        double[] x = points.values();
        int[] labels = new int[points.rows()];
        RowBlocks blocks = new RowBlocks(points.rows(), rowsPerBlock);
        blocks.forEach(b -> {
            for (int i = blocks.start(b); i < blocks.end(b); i++) {
                labels[i] = Distances.nearest(x, i * d, centers, k, d);
            }
        });
        return labels;
    }

    /**
     * The nearest centroid (lowest index on a tie) of one point.
     *
     * @throws IllegalArgumentException when there are no centroids, widths differ or a value is not finite
     */
    public static int nearest(double[] point, double[][] centroids) {
        if (point == null) {
            throw new IllegalArgumentException("point is missing");
        }
        for (int c = 0; c < point.length; c++) {
            if (!Double.isFinite(point[c])) {
                throw new IllegalArgumentException("point value in column " + c + " is " + point[c]
                        + "; it must be finite");
            }
        }
        double[] centers = flatten(centroids, point.length);
        return Distances.nearest(point, 0, centers, centroids.length, point.length);
    }

    static IllegalArgumentException tooFewDistinctRows(int distinct, int k) {
        return new IllegalArgumentException("the data has only " + distinct + " distinct row"
                + (distinct == 1 ? "" : "s") + " (the rest are duplicates), fewer than k = " + k
                + "; k-means cannot form " + k + " clusters");
    }

    private static void requireNonNull(FeatureMatrix data, KMeansOptions options, KMeansListener listener) {
        if (data == null) {
            throw new IllegalArgumentException("data is missing");
        }
        if (options == null) {
            throw new IllegalArgumentException("k-means options are missing");
        }
        if (listener == null) {
            throw new IllegalArgumentException("listener is missing (use KMeansListener.NONE)");
        }
    }

    private static void requireFittable(FeatureMatrix data, int k) {
        if (k > data.rows()) {
            throw new IllegalArgumentException("k = " + k + " exceeds the number of rows (" + data.rows()
                    + "); k-means needs at least k rows");
        }
        int distinct = countDistinctRows(data, k);
        if (distinct < k) {
            throw tooFewDistinctRows(distinct, k);
        }
    }

    /** Distinct rows, counting only up to {@code limit} (usually found within the first few rows). */
    private static int countDistinctRows(FeatureMatrix data, int limit) {
        Set<Row> distinct = new HashSet<>();
        for (int i = 0; i < data.rows() && distinct.size() < limit; i++) {
            distinct.add(new Row(data.values(), i * data.columns(), data.columns()));
        }
        return distinct.size();
    }

    private static KMeansResult resultOf(HamerlyKMeans run, int restart, double[] restartInertias) {
        int d = run.centers().length / run.clusterSizes().length;
        return new KMeansResult(run.labels(), unflatten(run.centers(), d), run.inertia(), run.iterations(),
                run.converged(), run.clusterSizes(), restart, restartInertias);
    }

    private static double[] flatten(double[][] centroids, int d) {
        if (centroids == null || centroids.length == 0) {
            throw new IllegalArgumentException("centroids are missing");
        }
        double[] flat = new double[centroids.length * d];
        for (int j = 0; j < centroids.length; j++) {
            if (centroids[j] == null || centroids[j].length != d) {
                throw new IllegalArgumentException("centroid " + j + " has "
                        + (centroids[j] == null ? 0 : centroids[j].length) + " values, the data has " + d + " columns");
            }
            for (int c = 0; c < d; c++) {
                if (!Double.isFinite(centroids[j][c])) {
                    throw new IllegalArgumentException("centroid " + j + ", column " + c + " is " + centroids[j][c]);
                }
            }
            System.arraycopy(centroids[j], 0, flat, j * d, d);
        }
        return flat;
    }

    private static double[][] unflatten(double[] flat, int d) {
        double[][] rows = new double[flat.length / d][d];
        for (int j = 0; j < rows.length; j++) {
            System.arraycopy(flat, j * d, rows[j], 0, d);
        }
        return rows;
    }

    /** A row of a flat matrix compared by value (0.0 and -0.0 are equal, as they are as coordinates). */
    private record Row(double[] values, int offset, int d) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Row that)) {
                return false;
            }
            for (int c = 0; c < d; c++) {
                if (values[offset + c] != that.values[that.offset + c]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (int c = 0; c < d; c++) {
                hash = 31 * hash + Double.hashCode(values[offset + c] + 0.0); // + 0.0 turns -0.0 into 0.0
            }
            return hash;
        }
    }
}
