package io.motiv.segmentation.clustering;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class KMeansEngineTest {

    private static final KMeansEngine ENGINE = new KMeansEngine();

    @Test
    void shouldRecoverFiveWellSeparatedBlobsInEightDimensions() {
        Blobs blobs = Blobs.generate(5, 200, 8, 10, 1.0, 42);

        KMeansResult result = ENGINE.fit(blobs.data(), KMeansOptions.of(5, 7));

        assertThat(AdjustedRandIndex.between(result.labels(), blobs.truth())).isGreaterThan(0.95);
        assertThat(result.converged()).isTrue();
        assertThat(result.k()).isEqualTo(5);
        assertThat(result.clusterSizes()).containsOnly(200);
        assertThat(result.labels()).isEqualTo(ENGINE.assign(blobs.data(), result.centroids()));
        // Each fitted centroid lies near one planted center (sd 1 and 200 points: the mean is within ~0.3).
        for (double[] centroid : result.centroids()) {
            double nearest = Arrays.stream(blobs.centers()).mapToDouble(center -> distance(center, centroid)).min()
                    .orElseThrow();
            assertThat(nearest).isLessThan(0.5);
        }
    }

    @Test
    void shouldReportTheInertiaOfItsLabelsAndCentroids() {
        Blobs blobs = Blobs.generate(4, 100, 3, 3, 1.0, 5);

        KMeansResult result = ENGINE.fit(blobs.data(), KMeansOptions.of(4, 1));

        double[][] centroids = result.centroids();
        double inertia = 0;
        for (int i = 0; i < blobs.rows(); i++) {
            double distance = distance(blobs.data().row(i), centroids[result.label(i)]);
            inertia += distance * distance;
        }
        assertThat(result.inertia()).isCloseTo(inertia, within(1e-9 * inertia));
        assertThat(Arrays.stream(result.clusterSizes()).sum()).isEqualTo(blobs.rows());
    }

    @Test
    void shouldKeepTheRestartWithTheLowestInertia() {
        Blobs blobs = Blobs.generate(6, 50, 2, 4, 1.0, 11);

        KMeansResult result = ENGINE.fit(blobs.data(), KMeansOptions.of(6, 3).withRestarts(8));

        double[] inertias = result.restartInertias();
        assertThat(inertias).hasSize(8);
        double lowest = Arrays.stream(inertias).min().orElseThrow();
        assertThat(result.inertia()).isEqualTo(lowest);
        assertThat(inertias[result.restart()]).isEqualTo(lowest);
        for (int r = 0; r < result.restart(); r++) {
            assertThat(inertias[r]).isGreaterThan(lowest);
        }
    }

    @Test
    void shouldGiveIdenticalResultsForTheSameSeed() {
        Blobs blobs = Blobs.generate(5, 300, 4, 3, 1.5, 3);
        KMeansOptions options = KMeansOptions.of(5, 2024).withRestarts(4);

        KMeansResult first = ENGINE.fit(blobs.data(), options);
        KMeansResult second = ENGINE.fit(blobs.data(), options);

        assertThat(second.labels()).isEqualTo(first.labels());
        assertThat(second.centroids()).isDeepEqualTo(first.centroids());
        assertThat(second.inertia()).isEqualTo(first.inertia());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldGiveIdenticalResultsWhateverTheParallelism() throws Exception {
        // Overlapping blobs: many iterations, many rows near boundaries, so rounding differences would show.
        Blobs blobs = Blobs.generate(6, 1000, 5, 2, 1.5, 99);
        KMeansOptions options = KMeansOptions.of(6, 77).withRestarts(3);
        KMeansEngine smallBlocks = new KMeansEngine(64); // 94 blocks
        Blobs large = Blobs.generate(8, 2500, 4, 2, 1.5, 98); // 20,000 rows: 5 default blocks

        KMeansResult callerThread = smallBlocks.fit(blobs.data(), options);
        KMeansResult largeCallerThread = ENGINE.fit(large.data(), options.withK(8));
        for (int parallelism : new int[] {1, 4}) {
            ForkJoinPool pool = new ForkJoinPool(parallelism);
            try {
                KMeansResult inPool = pool.submit(() -> smallBlocks.fit(blobs.data(), options)).get();
                KMeansResult largeInPool = pool.submit(() -> ENGINE.fit(large.data(), options.withK(8))).get();
                int[] assigned = pool.submit(() -> smallBlocks.assign(blobs.data(), inPool.centroids())).get();

                assertThat(inPool).as("parallelism %d", parallelism).isEqualTo(callerThread);
                assertThat(inPool.inertia()).isEqualTo(callerThread.inertia());
                assertThat(inPool.centroids()).isDeepEqualTo(callerThread.centroids());
                assertThat(largeInPool).as("parallelism %d, default blocks", parallelism)
                        .isEqualTo(largeCallerThread);
                assertThat(assigned).isEqualTo(callerThread.labels());
            } finally {
                pool.shutdown();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void shouldEndWhereNaiveLloydEndsFromTheSameSeeds() {
        for (long seed = 0; seed < 10; seed++) {
            Blobs blobs = Blobs.generate(4, 75, 3, 2, 1.2, 1000 + seed);
            double[][] seeds = KMeansPlusPlus.seed(blobs.data(), 4, new SplittableRandom(seed));

            KMeansResult hamerly = new KMeansEngine(16).refine(blobs.data(), seeds, 300, 0.0);
            NaiveLloyd naive = NaiveLloyd.run(blobs.data().toRows(), seeds, 300);

            assertThat(hamerly.labels()).as("seed %d", seed).isEqualTo(naive.labels);
            assertThat(hamerly.iterations()).as("seed %d", seed).isEqualTo(naive.iterations);
            assertThat(hamerly.converged()).isTrue();
            assertThat(hamerly.inertia()).isCloseTo(naive.inertia, within(1e-10 * naive.inertia));
            double[][] centroids = hamerly.centroids();
            for (int j = 0; j < 4; j++) {
                for (int c = 0; c < 3; c++) {
                    assertThat(centroids[j][c]).isCloseTo(naive.centers[j][c], within(1e-12));
                }
            }
        }
    }

    @Test
    void shouldNeverIncreaseInertiaAcrossIterations() {
        Blobs blobs = Blobs.generate(10, 300, 6, 1.5, 1.5, 8);
        List<List<Double>> perRestart = new ArrayList<>();
        KMeansListener listener = (restart, iteration, inertia, reassigned) -> {
            if (iteration == 1) {
                perRestart.add(new ArrayList<>());
            }
            assertThat(perRestart).hasSize(restart + 1);
            perRestart.get(restart).add(inertia);
        };

        KMeansResult result = ENGINE.fit(blobs.data(), KMeansOptions.of(10, 5).withRestarts(4).withTolerance(0),
                listener);

        assertThat(perRestart).hasSize(4);
        for (List<Double> trajectory : perRestart) {
            assertThat(trajectory.size()).isGreaterThan(3);
            for (int t = 1; t < trajectory.size(); t++) {
                assertThat(trajectory.get(t)).isLessThanOrEqualTo(trajectory.get(t - 1) * (1 + 1e-12));
            }
        }
        List<Double> kept = perRestart.get(result.restart());
        assertThat(result.inertia()).isLessThanOrEqualTo(kept.getLast() * (1 + 1e-12));
        assertThat(kept).hasSize(result.iterations());
    }

    @Test
    void shouldReseedAnEmptyClusterWithTheFarthestPoint() {
        FeatureMatrix data = FeatureMatrix.of(4, 1, new double[] {0, 0.1, 0.2, 10});
        // The second centroid is so far away that no point chooses it in the first assignment.
        double[][] start = {{0.1}, {1000}};

        KMeansResult result = ENGINE.refine(data, start, 100, 0);

        assertThat(result.labels()).containsExactly(0, 0, 0, 1);
        assertThat(result.centroids()[0][0]).isCloseTo(0.1, within(1e-15));
        assertThat(result.centroids()[1]).containsExactly(10);
        assertThat(result.clusterSizes()).containsExactly(3, 1);
        assertThat(result.inertia()).isCloseTo(0.02, within(1e-15));
    }

    @Test
    void shouldReportNotConvergedWhenTheIterationLimitStopsIt() {
        Blobs blobs = Blobs.generate(8, 200, 4, 1.5, 1.5, 12);

        KMeansResult result = ENGINE.fit(blobs.data(), KMeansOptions.of(8, 1).withRestarts(1).withMaxIterations(1));

        assertThat(result.converged()).isFalse();
        assertThat(result.iterations()).isEqualTo(1);
        assertThat(result.labels()).isEqualTo(ENGINE.assign(blobs.data(), result.centroids()));
    }

    @Test
    void shouldStopEarlierWithALooserTolerance() {
        Blobs blobs = Blobs.generate(8, 500, 4, 1.5, 1.5, 13);

        KMeansResult strict = ENGINE.fit(blobs.data(), KMeansOptions.of(8, 1).withRestarts(1).withTolerance(0));
        KMeansResult loose = ENGINE.fit(blobs.data(), KMeansOptions.of(8, 1).withRestarts(1).withTolerance(1e-2));

        assertThat(loose.converged()).isTrue();
        assertThat(loose.iterations()).isLessThan(strict.iterations());
        assertThat(loose.inertia()).isGreaterThanOrEqualTo(strict.inertia() * (1 - 1e-12));
    }

    @Test
    void shouldPutEachRowInItsOwnClusterWhenKEqualsN() {
        FeatureMatrix data = FeatureMatrix.fromRows(new double[][] {{0, 0}, {1, 0}, {0, 1}, {5, 5}, {-3, 2}});

        KMeansResult result = ENGINE.fit(data, KMeansOptions.of(5, 0).withRestarts(2));

        assertThat(result.inertia()).isZero();
        assertThat(result.clusterSizes()).containsOnly(1);
        assertThat(Arrays.stream(result.labels()).distinct().count()).isEqualTo(5);
    }

    @Test
    void shouldAssignNewPointsToTheNearestCentroid() {
        double[][] centroids = {{0, 0}, {10, 0}, {0, 10}};
        FeatureMatrix points = FeatureMatrix.fromRows(new double[][] {{1, 1}, {9, -1}, {-2, 8}, {5, 0}, {100, 99}});

        assertThat(ENGINE.assign(points, centroids)).containsExactly(0, 1, 2, 0, 1);
        assertThat(KMeansEngine.nearest(new double[] {5, 0}, centroids)).as("a tie goes to the lowest index")
                .isZero();
        assertThat(KMeansEngine.nearest(new double[] {1, 9}, centroids)).isEqualTo(2);
    }

    @Test
    void shouldRejectKBelowTwo() {
        assertThatIllegalArgumentException().isThrownBy(() -> KMeansOptions.of(1, 0))
                .withMessageContaining("k must be at least 2");
        assertThatIllegalArgumentException().isThrownBy(() -> KMeansOptions.of(0, 0))
                .withMessageContaining("k must be at least 2");
        FeatureMatrix data = FeatureMatrix.of(3, 1, new double[] {1, 2, 3});
        assertThatIllegalArgumentException().isThrownBy(() -> ENGINE.refine(data, new double[][] {{1}}, 10, 0))
                .withMessageContaining("k must be at least 2");
    }

    @Test
    void shouldRejectKAboveTheNumberOfRows() {
        FeatureMatrix data = FeatureMatrix.of(3, 2, new double[] {1, 2, 3, 4, 5, 6});

        assertThatIllegalArgumentException().isThrownBy(() -> ENGINE.fit(data, KMeansOptions.of(4, 0)))
                .withMessage("k = 4 exceeds the number of rows (3); k-means needs at least k rows");
    }

    @Test
    void shouldRejectDataWithFewerDistinctRowsThanK() {
        double[][] rows = new double[100][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = i % 3 == 0 ? new double[] {1, 2} : i % 3 == 1 ? new double[] {-0.0, 5} : new double[] {0.0, 5};
        }
        FeatureMatrix data = FeatureMatrix.fromRows(rows);

        assertThatIllegalArgumentException().isThrownBy(() -> ENGINE.fit(data, KMeansOptions.of(3, 0)))
                .withMessageContaining("only 2 distinct rows")
                .withMessageContaining("fewer than k = 3");
        assertThat(ENGINE.fit(data, KMeansOptions.of(2, 0)).inertia()).isZero();
    }

    @Test
    void shouldRejectOptionsOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KMeansOptions(3, 0, 10, 0, 1))
                .withMessageContaining("restarts");
        assertThatIllegalArgumentException().isThrownBy(() -> new KMeansOptions(3, 1, 0, 0, 1))
                .withMessageContaining("maxIterations");
        assertThatIllegalArgumentException().isThrownBy(() -> new KMeansOptions(3, 1, 10, Double.NaN, 1))
                .withMessageContaining("tolerance");
        assertThatIllegalArgumentException().isThrownBy(() -> new KMeansOptions(3, 1, 10, -1e-3, 1))
                .withMessageContaining("tolerance");
    }

    @Test
    void shouldRejectCentroidsThatDoNotFitTheData() {
        FeatureMatrix data = FeatureMatrix.of(4, 2, new double[] {0, 0, 1, 1, 2, 2, 3, 3});

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ENGINE.refine(data, new double[][] {{0, 0}, {1}}, 10, 0))
                .withMessageContaining("centroid 1 has 1 values, the data has 2 columns");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ENGINE.assign(data, new double[][] {{0, 0, 0}, {1, 1, 1}}))
                .withMessageContaining("centroid 0 has 3 values");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ENGINE.refine(data, new double[][] {{0, Double.NaN}, {1, 1}}, 10, 0))
                .withMessageContaining("centroid 0, column 1 is NaN");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KMeansEngine.nearest(new double[] {Double.POSITIVE_INFINITY, 0},
                        new double[][] {{0, 0}, {1, 1}}))
                .withMessageContaining("column 0 is Infinity");
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int c = 0; c < a.length; c++) {
            sum += (a[c] - b[c]) * (a[c] - b[c]);
        }
        return Math.sqrt(sum);
    }

    /** Textbook Lloyd over double[][], lowest index on ties, stopping when no label changes. */
    private static final class NaiveLloyd {

        private int[] labels;
        private double[][] centers;
        private double inertia;
        private int iterations;

        static NaiveLloyd run(double[][] x, double[][] seeds, int maxIterations) {
            NaiveLloyd lloyd = new NaiveLloyd();
            int k = seeds.length;
            int d = x[0].length;
            lloyd.centers = new double[k][];
            for (int j = 0; j < k; j++) {
                lloyd.centers[j] = seeds[j].clone();
            }
            lloyd.labels = new int[x.length];
            Arrays.fill(lloyd.labels, -1);
            for (int t = 1; t <= maxIterations; t++) {
                int changed = 0;
                for (int i = 0; i < x.length; i++) {
                    int best = nearest(x[i], lloyd.centers);
                    if (best != lloyd.labels[i]) {
                        changed++;
                        lloyd.labels[i] = best;
                    }
                }
                lloyd.iterations = t;
                if (t > 1 && changed == 0) {
                    break;
                }
                double[][] sums = new double[k][d];
                int[] counts = new int[k];
                for (int i = 0; i < x.length; i++) {
                    counts[lloyd.labels[i]]++;
                    for (int c = 0; c < d; c++) {
                        sums[lloyd.labels[i]][c] += x[i][c];
                    }
                }
                for (int j = 0; j < k; j++) {
                    assertThat(counts[j]).as("no empty cluster in the reference run").isPositive();
                    for (int c = 0; c < d; c++) {
                        lloyd.centers[j][c] = sums[j][c] / counts[j];
                    }
                }
            }
            for (int i = 0; i < x.length; i++) {
                double distance = distance(x[i], lloyd.centers[lloyd.labels[i]]);
                lloyd.inertia += distance * distance;
            }
            return lloyd;
        }

        private static int nearest(double[] point, double[][] centers) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int j = 0; j < centers.length; j++) {
                double distance = distance(point, centers[j]);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = j;
                }
            }
            return best;
        }
    }
}
