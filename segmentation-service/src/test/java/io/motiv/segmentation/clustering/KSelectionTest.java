package io.motiv.segmentation.clustering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KSelectionTest {

    private static final KSelection SELECTION = new KSelection(new KMeansEngine());

    @Test
    void shouldRecommendThePlantedNumberOfClusters() {
        Blobs blobs = Blobs.generate(5, 200, 8, 10, 1.0, 42);

        KSelectionReport report = SELECTION.select(blobs.data(), KSelectionOptions.of(2, 10, 7));

        assertThat(report.recommendedK()).hasValue(5);
        assertThat(report.candidates()).extracting(KCandidate::k).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        KCandidate five = report.recommended().orElseThrow();
        assertThat(AdjustedRandIndex.between(five.fit().labels(), blobs.truth())).isGreaterThan(0.95);
        assertThat(five.silhouette().exact()).isTrue();
        for (KCandidate candidate : report.candidates()) {
            assertThat(candidate.silhouette().mean()).isLessThanOrEqualTo(five.silhouette().mean());
            assertThat(candidate.daviesBouldin()).isGreaterThanOrEqualTo(five.daviesBouldin());
            assertThat(candidate.calinskiHarabasz()).isLessThanOrEqualTo(five.calinskiHarabasz());
        }
        assertThat(report.candidate(4).orElseThrow().inertia()).isGreaterThan(five.inertia());
        assertThat(report.explanation()).startsWith("k = 5 has the highest mean silhouette");
    }

    @Test
    void shouldNotRecommendAKWhoseSmallestSegmentIsBelowTheMinimumShare() {
        // Three blobs of 330 rows and a fourth of 10 rows (1%) a little apart: k = 4 scores best but is excluded.
        double[][] centers = {{0, 0, 0, 0}, {10, 0, 0, 0}, {0, 10, 0, 0}, {0, 0, 14, 0}};
        Blobs blobs = Blobs.around(centers, new int[] {330, 330, 330, 10}, 1.0, 5);

        KSelectionReport report = SELECTION.select(blobs.data(), KSelectionOptions.of(2, 5, 1));
        KSelectionReport unguarded = SELECTION.select(blobs.data(), KSelectionOptions.of(2, 5, 1)
                .withMinSegmentShare(0));

        KCandidate four = report.candidate(4).orElseThrow();
        assertThat(four.smallestSegmentShare()).isEqualTo(0.01);
        assertThat(four.eligible()).isFalse();
        assertThat(four.exclusion())
                .isEqualTo("smallest segment holds 1.0% of the rows, below the minimum share of 3.0%");
        assertThat(report.explanation()).contains("Excluded: k = 4 (smallest segment holds 1.0% of the rows");
        assertThat(report.recommendedK()).hasValue(3);
        assertThat(unguarded.recommendedK()).hasValue(4);
        assertThat(four.silhouette().mean()).isGreaterThan(report.candidate(3).orElseThrow().silhouette().mean());
    }

    @Test
    void shouldRecommendNothingWhenNoKPassesTheGuardrail() {
        Blobs blobs = Blobs.generate(5, 60, 3, 10, 1.0, 3);

        KSelectionReport report = SELECTION.select(blobs.data(),
                KSelectionOptions.of(3, 5, 1).withMinSegmentShare(0.45));

        assertThat(report.recommendedK()).isEmpty();
        assertThat(report.recommended()).isEmpty();
        assertThat(report.candidates()).noneMatch(KCandidate::eligible);
        assertThat(report.explanation()).startsWith("No k in 3..5 is recommended");
    }

    @Test
    void shouldRecommendNothingWhenAnOutlyingGroupHasItsOwnClusterAtEveryK() {
        // 10 rows far from everything: k-means gives them a cluster of their own at every k.
        double[][] centers = {{0, 0, 0, 0}, {10, 0, 0, 0}, {0, 10, 0, 0}, {30, 30, 30, 30}};
        Blobs blobs = Blobs.around(centers, new int[] {330, 330, 330, 10}, 1.0, 5);

        KSelectionReport report = SELECTION.select(blobs.data(), KSelectionOptions.of(2, 5, 1));

        assertThat(report.recommendedK()).isEmpty();
        assertThat(report.candidates()).allSatisfy(candidate -> {
            assertThat(candidate.smallestSegmentShare()).isEqualTo(0.01);
            assertThat(candidate.eligible()).isFalse();
        });
        assertThat(report.explanation()).contains("k = 2 (smallest segment holds 1.0% of the rows");
    }

    @Test
    void shouldScoreOnASampleWhenThePopulationIsLarger() {
        Blobs blobs = Blobs.generate(3, 400, 4, 10, 1.0, 8);

        KSelectionReport report = SELECTION.select(blobs.data(),
                KSelectionOptions.of(2, 4, 2).withSilhouetteSampleSize(300).withRestarts(3));

        assertThat(report.recommendedK()).hasValue(3);
        assertThat(report.candidates()).allSatisfy(candidate -> {
            assertThat(candidate.silhouette().exact()).isFalse();
            assertThat(candidate.silhouette().rows()).isEqualTo(300);
        });
        assertThat(report.explanation()).contains("on a sample of 300 rows");
    }

    @Test
    void shouldBeReproducibleFromTheSeed() {
        Blobs blobs = Blobs.generate(4, 150, 3, 3, 1.0, 6);
        KSelectionOptions options = KSelectionOptions.of(2, 6, 11).withRestarts(3).withSilhouetteSampleSize(200);

        KSelectionReport first = SELECTION.select(blobs.data(), options);
        KSelectionReport second = SELECTION.select(blobs.data(), options);

        assertThat(second.candidates()).isEqualTo(first.candidates());
        assertThat(second.explanation()).isEqualTo(first.explanation());
    }

    @Test
    void shouldRejectABadRange() {
        FeatureMatrix data = FeatureMatrix.of(5, 1, new double[] {1, 2, 3, 4, 5});

        assertThatIllegalArgumentException().isThrownBy(() -> KSelectionOptions.of(1, 4, 0))
                .withMessage("minK must be at least 2, got 1");
        assertThatIllegalArgumentException().isThrownBy(() -> KSelectionOptions.of(4, 3, 0))
                .withMessage("maxK (3) must not be below minK (4)");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> KSelectionOptions.of(2, 3, 0).withMinSegmentShare(0.5))
                .withMessageContaining("minSegmentShare");
        assertThatIllegalArgumentException().isThrownBy(() -> SELECTION.select(data, KSelectionOptions.of(2, 5, 0)))
                .withMessageContaining("maxK = 5 needs more than 5 rows");
    }
}
