package io.motiv.segmentation.clustering;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Silhouette, Calinski-Harabasz and Davies-Bouldin against hand computations and their known properties. */
class ClusterValidityTest {

    /** Six points on a line, two clusters: {0, 1, 2} and {10, 11, 12}. */
    private static final FeatureMatrix LINE = FeatureMatrix.of(6, 1, new double[] {0, 1, 2, 10, 11, 12});
    private static final int[] HALVES = {0, 0, 0, 1, 1, 1};

    @Test
    void shouldComputeTheSilhouetteOfSixPointsByHand() {
        // point 0: a = (1 + 2) / 2 = 1.5, b = (10 + 11 + 12) / 3 = 11, s = 9.5 / 11
        // point 1: a = (1 + 1) / 2 = 1,   b = (9 + 10 + 11) / 3 = 10,  s = 9 / 10
        // point 2: a = (2 + 1) / 2 = 1.5, b = (8 + 9 + 10) / 3 = 9,    s = 7.5 / 9
        // points 3..5 mirror them.
        double expected = (9.5 / 11 + 0.9 + 7.5 / 9) / 3;

        Silhouette.Score score = Silhouette.exact(LINE, HALVES);

        assertThat(score.mean()).isCloseTo(expected, within(1e-15));
        assertThat(score.exact()).isTrue();
        assertThat(score.rows()).isEqualTo(6);
        assertThat(Silhouette.score(LINE, HALVES, 6, 99)).isEqualTo(score);
    }

    @Test
    void shouldCountASingletonAsSilhouetteZero() {
        FeatureMatrix data = FeatureMatrix.of(3, 1, new double[] {0, 1, 10});

        // s(0) = (10 - 1) / 10, s(1) = (9 - 1) / 9, s(2) = 0 (alone in its cluster)
        assertThat(Silhouette.exact(data, new int[] {0, 0, 1}).mean())
                .isCloseTo((0.9 + 8.0 / 9) / 3, within(1e-15));
    }

    @Test
    void shouldComputeCalinskiHarabaszOfSixPointsByHand() {
        // means 1 and 11, overall 6: B = 3 * 25 + 3 * 25 = 150; W = 1 + 0 + 1 + 1 + 0 + 1 = 4
        // CH = (150 / (2 - 1)) / (4 / (6 - 2)) = 150
        assertThat(CalinskiHarabasz.score(LINE, HALVES)).isCloseTo(150, within(1e-12));
    }

    @Test
    void shouldComputeDaviesBouldinOfSixPointsByHand() {
        // S_1 = S_2 = (1 + 0 + 1) / 3 = 2/3, M_12 = 10, DB = (2/3 + 2/3) / 10 = 2/15
        assertThat(DaviesBouldin.score(LINE, HALVES)).isCloseTo(2.0 / 15, within(1e-15));
    }

    @Test
    void shouldScoreAWorsePartitionOfSixPointsWorse() {
        int[] mixed = {0, 1, 0, 1, 0, 1};

        assertThat(Silhouette.exact(LINE, mixed).mean()).isLessThan(0);
        assertThat(CalinskiHarabasz.score(LINE, mixed)).isLessThan(CalinskiHarabasz.score(LINE, HALVES));
        assertThat(DaviesBouldin.score(LINE, mixed)).isGreaterThan(DaviesBouldin.score(LINE, HALVES));
    }

    @Test
    void shouldIgnoreUnusedLabelValues() {
        int[] sparse = {3, 3, 3, 5, 5, 5};

        assertThat(Silhouette.exact(LINE, sparse)).isEqualTo(Silhouette.exact(LINE, HALVES));
        assertThat(CalinskiHarabasz.score(LINE, sparse)).isEqualTo(CalinskiHarabasz.score(LINE, HALVES));
        assertThat(DaviesBouldin.score(LINE, sparse)).isEqualTo(DaviesBouldin.score(LINE, HALVES));
    }

    @Test
    void shouldFollowScikitLearnOnDegenerateClusters() {
        FeatureMatrix duplicates = FeatureMatrix.of(4, 1, new double[] {1, 1, 5, 5});
        int[] labels = {0, 0, 1, 1};

        assertThat(CalinskiHarabasz.score(duplicates, labels)).as("W = 0").isEqualTo(1.0);
        assertThat(DaviesBouldin.score(duplicates, labels)).as("every scatter 0").isZero();
        assertThat(Silhouette.exact(duplicates, labels).mean()).isEqualTo(1.0);
    }

    @Test
    void shouldKeepSilhouetteWithinMinusOneAndOneAndDaviesBouldinNonNegative() {
        SplittableRandom random = new SplittableRandom(3);
        Blobs blobs = Blobs.generate(4, 50, 3, 2, 1.0, 17);
        for (int trial = 0; trial < 20; trial++) {
            int k = 2 + trial % 6;
            int[] labels = random.ints(blobs.rows(), 0, k).toArray();

            assertThat(Silhouette.exact(blobs.data(), labels).mean()).isBetween(-1.0, 1.0);
            assertThat(DaviesBouldin.score(blobs.data(), labels)).isGreaterThanOrEqualTo(0);
            assertThat(CalinskiHarabasz.score(blobs.data(), labels)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void shouldEstimateTheSilhouetteFromASample() {
        Blobs blobs = Blobs.generate(4, 1500, 5, 3, 1.0, 23);
        KMeansResult fit = new KMeansEngine().fit(blobs.data(), KMeansOptions.of(4, 1).withRestarts(3));

        Silhouette.Score exact = Silhouette.exact(blobs.data(), fit.labels());
        Silhouette.Score sampled = Silhouette.score(blobs.data(), fit.labels(), 1000, 7);

        assertThat(sampled.exact()).isFalse();
        assertThat(sampled.rows()).isEqualTo(1000);
        assertThat(sampled.mean()).isCloseTo(exact.mean(), within(0.02));
        assertThat(Silhouette.score(blobs.data(), fit.labels(), 1000, 7)).isEqualTo(sampled);
        assertThat(Silhouette.score(blobs.data(), fit.labels(), 1000, 8).mean()).isNotEqualTo(sampled.mean());
    }

    @Test
    void shouldScoreTheSameWhateverTheParallelism() throws Exception {
        Blobs blobs = Blobs.generate(3, 400, 4, 2, 1.0, 29);
        int[] labels = blobs.truth();
        double reference = Silhouette.exact(blobs.data(), labels).mean();
        for (int parallelism : new int[] {1, 4}) {
            ForkJoinPool pool = new ForkJoinPool(parallelism);
            try {
                assertThat(pool.submit(() -> Silhouette.exact(blobs.data(), labels).mean()).get())
                        .isEqualTo(reference);
            } finally {
                pool.shutdown();
                pool.awaitTermination(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void shouldRejectLabelsThatDoNotDescribeAPartition() {
        assertThatIllegalArgumentException().isThrownBy(() -> Silhouette.exact(LINE, new int[] {0, 1}))
                .withMessage("silhouette needs one label per row: 6 rows, 2 labels");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CalinskiHarabasz.score(LINE, new int[] {0, 0, 0, 0, 0, 0}))
                .withMessage("Calinski-Harabasz needs between 2 and n - 1 = 5 clusters, the labels form 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DaviesBouldin.score(LINE, new int[] {0, 1, 2, 3, 4, 5}))
                .withMessageContaining("the labels form 6");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DaviesBouldin.score(LINE, new int[] {0, 0, 0, 1, 1, -1}))
                .withMessage("Davies-Bouldin needs labels in 0..5, row 5 has -1");
        assertThatIllegalArgumentException().isThrownBy(() -> Silhouette.score(LINE, HALVES, 1, 0))
                .withMessageContaining("sample size must be at least 2");
    }
}
