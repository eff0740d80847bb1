package io.motiv.segmentation.clustering;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * k-means++ seeding (Arthur &amp; Vassilvitskii 2007, "k-means++: the advantages of careful seeding", SODA '07):
 * the first center is a row drawn uniformly; each further center is a row drawn with probability
 * D(x)^2 / sum D^2, where D(x) is the distance from x to the nearest center chosen so far. This alone gives an
 * expected inertia within 8 (ln k + 2) of the optimum.
 *
 * <p>Greedy variant: each further center draws {@code localTrials} candidates that way and keeps the one that
 * lowers the potential sum D^2 the most (the first on a tie). Arthur &amp; Vassilvitskii mention trying this;
 * scikit-learn uses it with 2 + floor(ln k) trials, which we follow ({@link #defaultLocalTrials}). One trial is the
 * plain algorithm.
 *
 * <p>Random draws, in order: one {@code nextInt(n)} for the first center, then per further center
 * {@code localTrials} {@code nextDouble()}s. The draw of a row walks the rows in order over per-block sums of D^2
 * (see {@link RowBlocks}), so it does not depend on the number of threads.
 */
public final class KMeansPlusPlus {

    private KMeansPlusPlus() {
    }

    /** 2 + floor(ln k), scikit-learn's choice. */
    public static int defaultLocalTrials(int k) {
        return 2 + (int) Math.log(k);
    }

    /**
     * k distinct rows of {@code data} as initial centers, with {@link #defaultLocalTrials} trials.
     *
     * @throws IllegalArgumentException when k &lt; 1 or data has fewer than k distinct rows
     */
    public static double[][] seed(FeatureMatrix data, int k, SplittableRandom random) {
        double[] centers = seed(data, k, random, defaultLocalTrials(k),
                new RowBlocks(data.rows(), RowBlocks.DEFAULT_ROWS_PER_BLOCK));
        double[][] rows = new double[k][];
        int d = data.columns();
        for (int c = 0; c < k; c++) {
            rows[c] = Arrays.copyOfRange(centers, c * d, (c + 1) * d);
        }
        return rows;
    }

    /** Seeding into a flat k x d array. */
    static double[] seed(FeatureMatrix data, int k, SplittableRandom random, int localTrials, RowBlocks blocks) {
        int n = data.rows();
        int d = data.columns();
        if (k < 1 || k > n) {
            throw new IllegalArgumentException("cannot seed " + k + " centers from " + n + " rows");
        }
        if (localTrials < 1) {
            throw new IllegalArgumentException("local trials must be >= 1, got " + localTrials);
        }
        double[] x = data.values();
        double[] centers = new double[k * d];
        double[] closest = new double[n];
        double[] blockPotential = new double[blocks.count()];
        double[] candidatePotential = new double[blocks.count() * localTrials];
        int[] candidates = new int[localTrials];

        System.arraycopy(x, random.nextInt(n) * d, centers, 0, d);
        blocks.forEach(b -> {
            double sum = 0;
            for (int i = blocks.start(b); i < blocks.end(b); i++) {
                closest[i] = Distances.squared(x, i * d, centers, 0, d);
                sum += closest[i];
            }
            blockPotential[b] = sum;
        });

        for (int c = 1; c < k; c++) {
            double potential = 0;
            for (double blockSum : blockPotential) {
                potential += blockSum;
            }
            if (!(potential > 0)) {
                // Every row coincides with one of the c centers chosen so far.
                throw KMeansEngine.tooFewDistinctRows(c, k);
            }
            for (int t = 0; t < localTrials; t++) {
                candidates[t] = draw(random.nextDouble() * potential, closest, blockPotential, blocks);
            }
            int chosen = candidates[0];
            if (localTrials > 1) {
                blocks.forEach(b -> {
                    int base = b * localTrials;
                    for (int t = 0; t < localTrials; t++) {
                        candidatePotential[base + t] = 0;
                    }
                    for (int i = blocks.start(b); i < blocks.end(b); i++) {
                        int offset = i * d;
                        for (int t = 0; t < localTrials; t++) {
                            candidatePotential[base + t] += Math.min(closest[i],
                                    Distances.squared(x, offset, x, candidates[t] * d, d));
                        }
                    }
                });
                double best = Double.POSITIVE_INFINITY;
                for (int t = 0; t < localTrials; t++) {
                    double total = 0;
                    for (int b = 0; b < blocks.count(); b++) {
                        total += candidatePotential[b * localTrials + t];
                    }
                    if (total < best) {
                        best = total;
                        chosen = candidates[t];
                    }
                }
            }
            int centerOffset = c * d;
            System.arraycopy(x, chosen * d, centers, centerOffset, d);
            blocks.forEach(b -> {
                double sum = 0;
                for (int i = blocks.start(b); i < blocks.end(b); i++) {
                    closest[i] = Math.min(closest[i], Distances.squared(x, i * d, centers, centerOffset, d));
                    sum += closest[i];
                }
                blockPotential[b] = sum;
            });
        }
        return centers;
    }

    /**
     * The row where the running sum of D^2 first exceeds {@code target}; rows with D = 0 (already centers) are never
     * drawn. When rounding leaves the target just past the end of a block's running sum, the last row of positive
     * weight in that block is drawn.
     */
    private static int draw(double target, double[] closest, double[] blockPotential, RowBlocks blocks) {
        double cumulative = 0;
        int block = 0;
        while (block < blocks.count() - 1 && cumulative + blockPotential[block] <= target) {
            cumulative += blockPotential[block];
            block++;
        }
        while (block > 0 && blockPotential[block] == 0) {
            block--; // only reachable through rounding at the very end: take the last block with weight
        }
        for (int i = blocks.start(block); i < blocks.end(block); i++) {
            cumulative += closest[i];
            if (cumulative > target && closest[i] > 0) {
                return i;
            }
        }
        for (int i = blocks.end(block) - 1; i >= blocks.start(block); i--) {
            if (closest[i] > 0) {
                return i;
            }
        }
        throw new IllegalStateException("no row of positive weight in block " + block);
    }
}
