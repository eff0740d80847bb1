package io.motiv.segmentation.clustering;

import java.util.Arrays;

/**
 * One k-means start from given centers: Lloyd's iteration (assign every row to its nearest center, move every
 * center to the mean of its rows) with Hamerly's bound to skip distance computations (Hamerly 2010, "Making k-means
 * even faster", SDM '10).
 *
 * <p>Hamerly keeps, per row i, its center a(i) and a lower bound l(i) on the distance to its second-nearest center,
 * and per center s(j) = half the distance to the nearest other center. If d(x_i, c_a) &lt;= max(s(a), l(i)), no
 * other center can be nearer (triangle inequality) and the other k - 1 distances are skipped. After an update
 * moves center j by p(j), the bounds stay valid with l(i) -= max p (or the second-largest p when a(i) moved most).
 *
 * <p>Where we differ from the paper: d(x_i, c_a) is computed exactly for every row in every iteration instead of
 * being carried as an upper bound. That is one distance per row (the paper's "tighten u" step, done always), and it
 * buys the exact inertia of every iteration (the tolerance rule and {@link KMeansListener} need it) and the exact
 * farthest row for empty clusters. The cluster sums are recomputed from scratch in the same pass rather than
 * updated incrementally, so they carry no accumulated rounding and equal plain Lloyd's.
 *
 * <p>Empty clusters: after an assignment step, each empty cluster (in index order) takes the row farthest from its
 * center among the rows of clusters with more than one row (the first such row on a tie); the row leaves its cluster's
 * sums and becomes the empty cluster's only member. This only lowers the inertia, and it keeps all k clusters.
 *
 * <p>Determinism: rows are processed in {@link RowBlocks}; each block sums its rows in row order into its own
 * buffers, and the blocks are combined in block order on the calling thread.
 */
final class HamerlyKMeans {

    private final double[] x;
    private final int n;
    private final int d;
    private final int k;
    private final RowBlocks blocks;

    private final double[] centers;
    private final int[] labels;
    private final double[] lower;
    private final double[] ownDistance;
    private final double[] halfGap;

    private final double[][] blockSums;
    private final int[][] blockCounts;
    private final double[] blockInertia;
    private final int[] blockReassigned;
    private final double[] sums;
    private final int[] counts;

    private double largestShift;
    private double secondLargestShift;
    private int mostShiftedCenter = -1;

    private int iterations;
    private boolean converged;
    private double inertia;

    HamerlyKMeans(FeatureMatrix data, double[] initialCenters, RowBlocks blocks) {
        this.x = data.values();
        this.n = data.rows();
        this.d = data.columns();
        this.k = initialCenters.length / d;
        this.blocks = blocks;
        this.centers = initialCenters.clone();
        this.labels = new int[n];
        this.lower = new double[n];
        this.ownDistance = new double[n];
        this.halfGap = new double[k];
        this.blockSums = new double[blocks.count()][k * d];
        this.blockCounts = new int[blocks.count()][k];
        this.blockInertia = new double[blocks.count()];
        this.blockReassigned = new int[blocks.count()];
        this.sums = new double[k * d];
        this.counts = new int[k];
    }

    /** Iterates until converged or {@code maxIterations}, then labels every row with its nearest final center. */
    HamerlyKMeans run(int maxIterations, double tolerance, KMeansListener listener, int restart) {
        double previous = Double.NaN;
        for (int t = 1; t <= maxIterations; t++) {
            boolean full = t == 1;
            blocks.forEach(b -> assignBlock(b, full));
            double objective = reduceAssignment();
            int reassigned = full ? n : sumOf(blockReassigned);
            reassigned += relocateEmptyClusters();
            iterations = t;
            listener.iterationCompleted(restart, t, objective, reassigned);
            boolean stop = t > 1 && (reassigned == 0 || previous - objective <= tolerance * previous);
            updateCenters();
            previous = objective;
            if (stop) {
                converged = true;
                break;
            }
        }
        finalAssignment();
        return this;
    }

    int[] labels() {
        return labels;
    }

    double[] centers() {
        return centers;
    }

    int[] clusterSizes() {
        return counts;
    }

    double inertia() {
        return inertia;
    }

    int iterations() {
        return iterations;
    }

    boolean converged() {
        return converged;
    }

    private void assignBlock(int block, boolean full) {
        double[] partialSums = blockSums[block];
        int[] partialCounts = blockCounts[block];
        Arrays.fill(partialSums, 0);
        Arrays.fill(partialCounts, 0);
        double objective = 0;
        int reassigned = 0;
        for (int i = blocks.start(block); i < blocks.end(block); i++) {
            int offset = i * d;
            int current = labels[i];
            double own = Double.NaN;
            boolean scan = full;
            if (!full) {
                double bound = lower[i] - (current == mostShiftedCenter ? secondLargestShift : largestShift);
                own = Distances.squared(x, offset, centers, current * d, d);
                double skipRadius = Math.max(halfGap[current], bound); // >= 0 since half-gaps are; compare squares
                if (own > skipRadius * skipRadius) {
                    scan = true;
                } else {
                    lower[i] = bound;
                }
            }
            if (scan) {
                int best = 0;
                double nearest = Double.POSITIVE_INFINITY;
                double secondNearest = Double.POSITIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    double distance = (!full && j == current) ? own : Distances.squared(x, offset, centers, j * d, d);
                    if (distance < nearest) {
                        secondNearest = nearest;
                        nearest = distance;
                        best = j;
                    } else if (distance < secondNearest) {
                        secondNearest = distance;
                    }
                }
                lower[i] = Math.sqrt(secondNearest);
                if (best != current) {
                    reassigned++;
                    labels[i] = best;
                }
                own = nearest;
            }
            ownDistance[i] = own;
            objective += own;
            int label = labels[i];
            int base = label * d;
            for (int c = 0; c < d; c++) {
                partialSums[base + c] += x[offset + c];
            }
            partialCounts[label]++;
        }
        blockInertia[block] = objective;
        blockReassigned[block] = reassigned;
    }

    private double reduceAssignment() {
        Arrays.fill(sums, 0);
        Arrays.fill(counts, 0);
        double objective = 0;
        for (int b = 0; b < blocks.count(); b++) {
            double[] partialSums = blockSums[b];
            for (int c = 0; c < sums.length; c++) {
                sums[c] += partialSums[c];
            }
            int[] partialCounts = blockCounts[b];
            for (int j = 0; j < k; j++) {
                counts[j] += partialCounts[j];
            }
            objective += blockInertia[b];
        }
        return objective;
    }

    /** Gives each empty cluster the farthest row of a cluster that can spare one; returns how many rows moved. */
    private int relocateEmptyClusters() {
        int moved = 0;
        for (int empty = 0; empty < k; empty++) {
            if (counts[empty] > 0) {
                continue;
            }
            int farthest = -1;
            double farthestDistance = -1;
            for (int i = 0; i < n; i++) {
                if (counts[labels[i]] > 1 && ownDistance[i] > farthestDistance) {
                    farthest = i;
                    farthestDistance = ownDistance[i];
                }
            }
            // n >= k guarantees a cluster with two or more rows while one is empty.
            int from = labels[farthest];
            int offset = farthest * d;
            for (int c = 0; c < d; c++) {
                sums[from * d + c] -= x[offset + c];
                sums[empty * d + c] = x[offset + c];
            }
            counts[from]--;
            counts[empty] = 1;
            labels[farthest] = empty;
            ownDistance[farthest] = 0;
            lower[farthest] = 0; // unknown: forces a full scan of this row next time
            moved++;
        }
        return moved;
    }

    /** Moves each center to its cluster mean; records the shifts for the bounds and the half-gaps s(j). */
    private void updateCenters() {
        largestShift = 0;
        secondLargestShift = 0;
        mostShiftedCenter = -1;
        double[] mean = new double[d];
        for (int j = 0; j < k; j++) {
            int base = j * d;
            for (int c = 0; c < d; c++) {
                mean[c] = sums[base + c] / counts[j];
            }
            double shift = Math.sqrt(Distances.squared(mean, 0, centers, base, d));
            System.arraycopy(mean, 0, centers, base, d);
            if (shift > largestShift) {
                secondLargestShift = largestShift;
                largestShift = shift;
                mostShiftedCenter = j;
            } else if (shift > secondLargestShift) {
                secondLargestShift = shift;
            }
        }
        Arrays.fill(halfGap, Double.POSITIVE_INFINITY);
        for (int j = 0; j < k; j++) {
            for (int other = j + 1; other < k; other++) {
                double half = 0.5 * Math.sqrt(Distances.squared(centers, j * d, centers, other * d, d));
                halfGap[j] = Math.min(halfGap[j], half);
                halfGap[other] = Math.min(halfGap[other], half);
            }
        }
    }

    /**
     * Plain nearest-center labels for the final centers (so the labels equal {@link KMeansEngine#assign}), with the
     * inertia and cluster sizes.
     */
    private void finalAssignment() {
        blocks.forEach(b -> {
            int[] partialCounts = blockCounts[b];
            Arrays.fill(partialCounts, 0);
            double objective = 0;
            for (int i = blocks.start(b); i < blocks.end(b); i++) {
                int offset = i * d;
                int best = Distances.nearest(x, offset, centers, k, d);
                labels[i] = best;
                objective += Distances.squared(x, offset, centers, best * d, d);
                partialCounts[best]++;
            }
            blockInertia[b] = objective;
        });
        Arrays.fill(counts, 0);
        double objective = 0;
        for (int b = 0; b < blocks.count(); b++) {
            for (int j = 0; j < k; j++) {
                counts[j] += blockCounts[b][j];
            }
            objective += blockInertia[b];
        }
        inertia = objective;
    }

    private static int sumOf(int[] values) {
        int sum = 0;
        for (int value : values) {
            sum += value;
        }
        return sum;
    }
}
