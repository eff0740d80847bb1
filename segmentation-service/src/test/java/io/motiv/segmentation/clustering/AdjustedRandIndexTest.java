package io.motiv.segmentation.clustering;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class AdjustedRandIndexTest {

    @Test
    void shouldComputeASixItemExampleByHand() {
        int[] first = {0, 0, 0, 1, 1, 1};
        int[] second = {0, 0, 1, 1, 2, 2};
        // contingency {{2, 1, 0}, {0, 1, 2}}: index = C(2,2) + C(2,2) = 2
        // rows 3, 3: 3 + 3 = 6 pairs; columns 2, 2, 2: 1 + 1 + 1 = 3 pairs; C(6, 2) = 15
        // expected = 6 * 3 / 15 = 1.2, maximum = (6 + 3) / 2 = 4.5, ARI = (2 - 1.2) / (4.5 - 1.2) = 8/33
        assertThat(AdjustedRandIndex.between(first, second)).isCloseTo(8.0 / 33, within(1e-15));
        assertThat(AdjustedRandIndex.between(second, first)).isCloseTo(8.0 / 33, within(1e-15));
    }

    @Test
    void shouldBeOneForTheSamePartitionUnderAnyLabelNames() {
        int[] labels = new SplittableRandom(1).ints(1000, 0, 7).toArray();
        int[] renamed = new int[labels.length];
        int[] names = {42, -3, 7, 1_000_000, 0, 5, Integer.MIN_VALUE};
        for (int i = 0; i < labels.length; i++) {
            renamed[i] = names[labels[i]];
        }

        assertThat(AdjustedRandIndex.between(labels, renamed)).isEqualTo(1.0);
        assertThat(AdjustedRandIndex.between(labels, labels)).isEqualTo(1.0);
    }

    @Test
    void shouldBeNearZeroForIndependentRandomLabellings() {
        SplittableRandom random = new SplittableRandom(2);
        int[] first = random.ints(200_000, 0, 5).toArray();
        int[] second = random.ints(200_000, 0, 8).toArray();

        assertThat(AdjustedRandIndex.between(first, second)).isCloseTo(0, within(2e-3));
    }

    @Test
    void shouldCountPairsTheSameWayWithManyLabels() {
        // 3000 x 3000 labels would need 9 million table cells: the sorting path takes over.
        SplittableRandom random = new SplittableRandom(4);
        int[] first = new int[6000];
        int[] second = new int[6000];
        for (int i = 0; i < first.length; i++) {
            first[i] = i / 2;
            second[i] = random.nextInt(10) < 8 ? i / 2 : 3000 + i;
        }
        // A literal count over all pairs.
        long index = 0;
        long firstPairs = 0;
        long secondPairs = 0;
        for (int i = 0; i < first.length; i++) {
            for (int j = i + 1; j < first.length; j++) {
                boolean sameFirst = first[i] == first[j];
                boolean sameSecond = second[i] == second[j];
                index += sameFirst && sameSecond ? 1 : 0;
                firstPairs += sameFirst ? 1 : 0;
                secondPairs += sameSecond ? 1 : 0;
            }
        }
        double all = first.length * (first.length - 1) / 2.0;
        double expected = firstPairs * (double) secondPairs / all;
        double literal = (index - expected) / (0.5 * (firstPairs + secondPairs) - expected);

        assertThat(AdjustedRandIndex.between(first, second)).isCloseTo(literal, within(1e-12));
    }

    @Test
    void shouldBeOneForTwoTrivialPartitionsAsScikitLearnIs() {
        assertThat(AdjustedRandIndex.between(new int[] {1, 1, 1}, new int[] {0, 0, 0})).isEqualTo(1.0);
        assertThat(AdjustedRandIndex.between(new int[] {0, 1, 2}, new int[] {5, 4, 3})).isEqualTo(1.0);
        assertThat(AdjustedRandIndex.between(new int[] {0}, new int[] {0})).isEqualTo(1.0);
        assertThat(AdjustedRandIndex.between(new int[] {0, 0, 0, 0}, new int[] {0, 1, 2, 3})).isZero();
    }

    @Test
    void shouldRejectLabellingsOfDifferentLengths() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AdjustedRandIndex.between(new int[] {0, 1}, new int[] {0, 1, 1}))
                .withMessageContaining("got 2 and 3 labels");
        assertThatIllegalArgumentException().isThrownBy(() -> AdjustedRandIndex.between(null, new int[] {0}));
    }
}
