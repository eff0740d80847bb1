package io.motiv.survey.scoring;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Expected numbers are worked out by hand (exact fractions) from the published keys, not from the scorer. */
class ValuesScorerTest {

    private static final RatingScale SIX_IS_LIKE_ME = new RatingScale(1, 6, false);
    /** ESS coding: 1 = "very much like me". */
    private static final RatingScale ONE_IS_LIKE_ME = new RatingScale(1, 6, true);
    private static final int[] PVQ21_ANSWERS = {6, 2, 5, 3, 4, 5, 3, 6, 2, 4, 5, 6, 3, 4, 4, 2, 1, 5, 6, 1, 3};
    private static final double PVQ21_MRAT = 80.0 / 21;

    private final ValuesScorer pvq21 = new ValuesScorer(BuiltInKeys.items(BuiltInKeys.PVQ_21), SIX_IS_LIKE_ME, QualityRules.DEFAULT);

    @Test
    void shouldScorePvq21ByTheEssKey() {
        ValuesScore score = pvq21.score(answers(PVQ21_ANSWERS), null);

        assertThat(score.mrat()).isCloseTo(PVQ21_MRAT, within(1e-12));
        Map<String, Double> expected = Map.of(
                "SELF_DIRECTION", (6 + 5) / 2.0, "POWER", (2 + 1) / 2.0, "UNIVERSALISM", (5 + 6 + 6) / 3.0,
                "ACHIEVEMENT", (3 + 3) / 2.0, "SECURITY", (4 + 4) / 2.0, "STIMULATION", (5 + 4) / 2.0,
                "CONFORMITY", (3 + 2) / 2.0, "TRADITION", (2 + 1) / 2.0, "HEDONISM", (4 + 3) / 2.0,
                "BENEVOLENCE", (6 + 5) / 2.0);
        expected.forEach((value, raw) -> {
            assertThat(score.raw().get(value)).as(value).isCloseTo(raw, within(1e-12));
            assertThat(score.centred().get(value)).as(value).isCloseTo(raw - PVQ21_MRAT, within(1e-12));
        });
        assertThat(score.higherOrderRaw().get("OPENNESS_TO_CHANGE")).isCloseTo((5.5 + 4.5 + 3.5) / 3, within(1e-12));
        assertThat(score.higherOrderRaw().get("SELF_ENHANCEMENT")).isCloseTo((3 + 1.5) / 2, within(1e-12));
        assertThat(score.higherOrderRaw().get("CONSERVATION")).isCloseTo((4 + 2.5 + 1.5) / 3, within(1e-12));
        assertThat(score.higherOrderRaw().get("SELF_TRANSCENDENCE")).isCloseTo((17.0 / 3 + 5.5) / 2, within(1e-12));
        assertThat(score.higherOrderCentred().get("CONSERVATION")).isCloseTo(8.0 / 3 - PVQ21_MRAT, within(1e-12));
        assertThat(score.quality().flagged()).isFalse();
        assertThat(score.quality().answeredItems()).isEqualTo(21);
    }

    @Test
    void shouldScoreEssCodedAnswersAsTheSameProfile() {
        int[] essCoded = new int[PVQ21_ANSWERS.length];
        for (int i = 0; i < essCoded.length; i++) {
            essCoded[i] = 7 - PVQ21_ANSWERS[i];
        }
        ValuesScorer essScorer = new ValuesScorer(BuiltInKeys.items(BuiltInKeys.PVQ_21), ONE_IS_LIKE_ME, QualityRules.DEFAULT);

        ValuesScore fromEss = essScorer.score(answers(essCoded), null);
        ValuesScore direct = pvq21.score(answers(PVQ21_ANSWERS), null);

        assertThat(fromEss.mrat()).isCloseTo(direct.mrat(), within(1e-12));
        direct.raw().forEach((value, raw) -> assertThat(fromEss.raw().get(value)).as(value).isCloseTo(raw, within(1e-12)));
        assertThat(fromEss.raw().get("POWER")).isCloseTo(1.5, within(1e-12));
    }

    @Test
    void shouldReverseCodeReverseKeyedItems() {
        List<ScoredItem> items = List.of(new ScoredItem("a", "SECURITY", false), new ScoredItem("b", "SECURITY", true),
                new ScoredItem("c", "POWER", false));
        ValuesScorer scorer = new ValuesScorer(items, SIX_IS_LIKE_ME, QualityRules.DEFAULT);

        ValuesScore score = scorer.score(Map.of("a", 5, "b", 2, "c", 1), null);

        // b = 2 on a reverse-keyed item means 1 + 6 - 2 = 5
        assertThat(score.raw().get("SECURITY")).isCloseTo(5.0, within(1e-12));
        assertThat(score.mrat()).isCloseTo((5 + 5 + 1) / 3.0, within(1e-12));
    }

    @Test
    void shouldScorePvq40ByItsKey() {
        ValuesScorer pvq40 = new ValuesScorer(BuiltInKeys.items(BuiltInKeys.PVQ_40), SIX_IS_LIKE_ME, QualityRules.DEFAULT);

        ValuesScore score = pvq40.score(answers(pvq40Answers()), null);

        assertThat(score.mrat()).isCloseTo(18.0 / 5, within(1e-12));
        Map<String, Double> expected = Map.of("CONFORMITY", 13.0 / 4, "TRADITION", 5.0, "BENEVOLENCE", 5.0 / 2,
                "UNIVERSALISM", 11.0 / 3, "SELF_DIRECTION", 7.0 / 2, "STIMULATION", 2.0, "HEDONISM", 14.0 / 3,
                "ACHIEVEMENT", 15.0 / 4, "POWER", 11.0 / 3, "SECURITY", 19.0 / 5);
        expected.forEach((value, raw) -> {
            assertThat(score.raw().get(value)).as(value).isCloseTo(raw, within(1e-12));
            assertThat(score.centred().get(value)).as(value).isCloseTo(raw - 3.6, within(1e-12));
        });
    }

    @Test
    void shouldScoreMissingItemsFromTheAnsweredOnes() {
        ValuesScorer pvq40 = new ValuesScorer(BuiltInKeys.items(BuiltInKeys.PVQ_40), SIX_IS_LIKE_ME, QualityRules.DEFAULT);
        Map<String, Integer> answers = answers(pvq40Answers());
        answers.keySet().removeAll(List.of("23", "30", "37"));

        ValuesScore score = pvq40.score(answers, null);

        assertThat(score.mrat()).isCloseTo(135.0 / 37, within(1e-12));
        assertThat(score.raw().get("UNIVERSALISM")).isCloseTo(4.0, within(1e-12));
        assertThat(score.raw().get("STIMULATION")).isCloseTo(2.5, within(1e-12));
        assertThat(score.raw().get("HEDONISM")).isCloseTo(4.0, within(1e-12));
        assertThat(score.centred().get("POWER")).isCloseTo(11.0 / 3 - 135.0 / 37, within(1e-12));
        assertThat(score.quality().missingItems()).isEqualTo(3);
        assertThat(score.quality().tooManyMissing()).as("3 of 40 is under 10%").isFalse();
    }

    @Test
    void shouldFlagAResponseWithMoreThanTenPercentMissing() {
        Map<String, Integer> answers = answers(PVQ21_ANSWERS);
        answers.keySet().removeAll(List.of("3", "6", "9"));

        ValuesScore score = pvq21.score(answers, null);

        assertThat(score.quality().tooManyMissing()).isTrue();
        assertThat(score.quality().flagged()).isTrue();
    }

    @Test
    void shouldRejectAResponseWithMoreThanThirtyPercentMissing() {
        Map<String, Integer> answers = answers(PVQ21_ANSWERS);
        answers.keySet().removeAll(List.of("3", "4", "5", "6", "7", "9", "10"));

        assertThatThrownBy(() -> pvq21.score(answers, null))
                .isInstanceOf(ScoringException.class)
                .hasMessage("7 of 21 items are missing; at most 30% may be");
    }

    @Test
    void shouldRejectAValueWithoutAnyAnsweredItem() {
        Map<String, Integer> answers = answers(PVQ21_ANSWERS);
        answers.keySet().removeAll(List.of("2", "17"));

        assertThatThrownBy(() -> pvq21.score(answers, null))
                .isInstanceOf(ScoringException.class)
                .hasMessage("no item of 'POWER' is answered");
    }

    @Test
    void shouldRejectUnknownItemsAndRatingsOutsideTheScale() {
        Map<String, Integer> unknown = answers(PVQ21_ANSWERS);
        unknown.put("22", 3);
        Map<String, Integer> outside = answers(PVQ21_ANSWERS);
        outside.put("5", 7);
        Map<String, Integer> zero = answers(PVQ21_ANSWERS);
        zero.put("5", 0);

        assertThatThrownBy(() -> pvq21.score(unknown, null)).hasMessage("unknown item '22'");
        assertThatThrownBy(() -> pvq21.score(outside, null)).hasMessage("rating 7 of item '5' is outside the scale 1..6");
        assertThatThrownBy(() -> pvq21.score(zero, null)).hasMessage("rating 0 of item '5' is outside the scale 1..6");
    }

    @Test
    void shouldFlagStraightLining() {
        int[] same = new int[21];
        java.util.Arrays.fill(same, 4);
        int[] nearlySame = same.clone();
        nearlySame[3] = 5; // 20 of 21 = 95% on one rating
        int[] varied = PVQ21_ANSWERS;

        assertThat(pvq21.score(answers(same), null).quality().straightLining()).isTrue();
        assertThat(pvq21.score(answers(nearlySame), null).quality().straightLining()).isTrue();
        assertThat(pvq21.score(answers(varied), null).quality().straightLining()).isFalse();
    }

    @Test
    void shouldFlagCompletionFasterThanTheMinimumPerItem() {
        assertThat(pvq21.score(answers(PVQ21_ANSWERS), Duration.ofSeconds(10)).quality().tooFast()).isTrue();
        assertThat(pvq21.score(answers(PVQ21_ANSWERS), Duration.ofSeconds(21)).quality().tooFast()).isFalse();
        assertThat(pvq21.score(answers(PVQ21_ANSWERS), null).quality().tooFast()).isFalse();
    }

    @Test
    void shouldScoreCustomDimensionsLikeValues() {
        List<ScoredItem> items = List.of(new ScoredItem("1", "POWER", false), new ScoredItem("2", "POWER", false),
                new ScoredItem("3", "harmony_with_nature", false), new ScoredItem("4", "harmony_with_nature", false));
        ValuesScorer scorer = new ValuesScorer(items, SIX_IS_LIKE_ME, QualityRules.DEFAULT);

        ValuesScore score = scorer.score(Map.of("1", 2, "2", 3, "3", 6, "4", 5), null);

        assertThat(score.raw()).containsKeys("POWER", "harmony_with_nature");
        assertThat(score.centred().get("harmony_with_nature")).isCloseTo(5.5 - 4.0, within(1e-12));
        assertThat(score.higherOrderRaw()).containsOnlyKeys("SELF_ENHANCEMENT");
    }

    @Test
    void shouldRejectInvalidScalesAndRules() {
        assertThatThrownBy(() -> new RatingScale(6, 1, false)).hasMessageContaining("max > min");
        assertThatThrownBy(() -> new QualityRules(Double.NaN, 0.3, 0.9, 1)).hasMessageContaining("flagMissingShare");
        assertThatThrownBy(() -> new QualityRules(0.1, 0.3, 0.9, -1)).hasMessageContaining("minSecondsPerItem");
    }

    private static int[] pvq40Answers() {
        int[] answers = new int[40];
        for (int item = 1; item <= 40; item++) {
            answers[item - 1] = item * 5 % 6 + 1;
        }
        return answers;
    }

    private static Map<String, Integer> answers(int[] ratings) {
        Map<String, Integer> answers = new HashMap<>();
        for (int i = 0; i < ratings.length; i++) {
            answers.put(String.valueOf(i + 1), ratings[i]);
        }
        return answers;
    }
}
