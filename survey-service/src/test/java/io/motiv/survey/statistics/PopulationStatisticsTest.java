package io.motiv.survey.statistics;

import io.motiv.events.survey.SchwartzValue;
import io.motiv.survey.scoring.BuiltInKeys;
import io.motiv.survey.scoring.QualityRules;
import io.motiv.survey.scoring.RatingScale;
import io.motiv.survey.scoring.ValuesScore;
import io.motiv.survey.scoring.ValuesScorer;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class PopulationStatisticsTest {

    private static final List<SchwartzValue> CIRCLE = List.of(SchwartzValue.values()); // enum order follows the circle
    private static final List<String> NAMES = CIRCLE.stream().map(Enum::name).toList();

    @Test
    void shouldShowTheCircularStructureOfValuesInCentredScores() {
        double[][] centred = simulateCircumplexRespondents(3000, new Random(7));

        PopulationStatistics stats = PopulationStatistics.of(NAMES, centred, 10);

        // Neighbours on Schwartz's circle correlate positively ...
        assertThat(r(stats, SchwartzValue.SELF_DIRECTION, SchwartzValue.STIMULATION)).isGreaterThan(0.1);
        assertThat(r(stats, SchwartzValue.ACHIEVEMENT, SchwartzValue.POWER)).isGreaterThan(0.1);
        assertThat(r(stats, SchwartzValue.CONFORMITY, SchwartzValue.TRADITION)).isGreaterThan(0.1);
        assertThat(r(stats, SchwartzValue.BENEVOLENCE, SchwartzValue.UNIVERSALISM)).isGreaterThan(0.1);
        // ... opposite ones negatively.
        assertThat(r(stats, SchwartzValue.SELF_DIRECTION, SchwartzValue.SECURITY)).isLessThan(-0.2);
        assertThat(r(stats, SchwartzValue.STIMULATION, SchwartzValue.CONFORMITY)).isLessThan(-0.2);
        assertThat(r(stats, SchwartzValue.POWER, SchwartzValue.UNIVERSALISM)).isLessThan(-0.2);
        assertThat(r(stats, SchwartzValue.ACHIEVEMENT, SchwartzValue.BENEVOLENCE)).isLessThan(-0.2);
    }

    @Test
    void shouldComputeMeansDeviationsAndHistogramsExactly() {
        double[][] scores = {{1, 10}, {2, 20}, {3, 30}, {4, 40}};

        PopulationStatistics stats = PopulationStatistics.of(List.of("a", "b"), scores, 3);

        assertThat(stats.respondents()).isEqualTo(4);
        assertThat(stats.mean(0)).isCloseTo(2.5, within(1e-12));
        assertThat(stats.standardDeviation(0)).isCloseTo(Math.sqrt(5.0 / 3), within(1e-12));
        assertThat(stats.correlation(0, 1)).isCloseTo(1.0, within(1e-12));
        assertThat(stats.histogram(0)).extracting(PopulationStatistics.Bin::count).containsExactly(1L, 1L, 2L); // [1,2) [2,3) [3,4]
        assertThat(stats.histogram(0).getLast().to()).isEqualTo(4.0);
    }

    @Test
    void shouldReportNoCorrelationForAConstantDimensionInsteadOfNaN() {
        PopulationStatistics stats = PopulationStatistics.of(List.of("a", "b"), new double[][]{{1, 5}, {2, 5}, {3, 5}}, 4);

        assertThat(stats.correlation(0, 1)).isZero();
        assertThat(stats.standardDeviation(1)).isZero();
        assertThat(stats.histogram(1)).singleElement().extracting(PopulationStatistics.Bin::count).isEqualTo(3L);
    }

    @Test
    void shouldRejectTooFewRespondentsAndNonFiniteScores() {
        assertThatThrownBy(() -> PopulationStatistics.of(List.of("a"), new double[][]{{1}}, 5))
                .hasMessageContaining("at least 2 respondents");
        assertThatThrownBy(() -> PopulationStatistics.of(List.of("a"), new double[][]{{1}, {Double.NaN}}, 5))
                .hasMessageContaining("not a finite number");
    }

    private static double r(PopulationStatistics stats, SchwartzValue a, SchwartzValue b) {
        return stats.correlation(NAMES.indexOf(a.name()), NAMES.indexOf(b.name()));
    }

    /**
     * Each respondent's true priorities peak at a random angle on the circle (Schwartz's circumplex: a value's
     * importance falls with its distance on the circle from what the respondent cares about most).
     */
    private static double[][] simulateCircumplexRespondents(int respondents, Random random) {
        ValuesScorer scorer = new ValuesScorer(BuiltInKeys.items(BuiltInKeys.PVQ_21), new RatingScale(1, 6, false),
                QualityRules.DEFAULT);
        double[][] centred = new double[respondents][];
        for (int n = 0; n < respondents; n++) {
            double peak = random.nextDouble() * 2 * Math.PI;
            double strength = 0.5 + random.nextDouble();
            double bias = random.nextGaussian() * 0.7;
            Map<String, Integer> answers = new HashMap<>();
            for (int v = 0; v < CIRCLE.size(); v++) {
                double importance = 3.5 + strength * Math.cos(peak - 2 * Math.PI * v / CIRCLE.size());
                for (int item : BuiltInKeys.PVQ_21.get(CIRCLE.get(v))) {
                    long rating = Math.round(importance + bias + random.nextGaussian() * 0.6);
                    answers.put(String.valueOf(item), (int) Math.max(1, Math.min(6, rating)));
                }
            }
            ValuesScore score = scorer.score(answers, null);
            centred[n] = NAMES.stream().mapToDouble(score.centred()::get).toArray();
        }
        return centred;
    }
}
