package io.motiv.survey.statistics.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("SurveyStatistics")
@Description("Statistics of centred value scores over a survey's respondents.")
public record SurveyStatisticsView(
        int respondents,
        @Description("True when there are fewer respondents than minimumRespondents: the statistics are then withheld") boolean suppressed,
        int minimumRespondents,
        @NonNull List<@NonNull DimensionStatistics> dimensions,
        @Description("Pearson correlations between dimensions, each pair once") @NonNull List<@NonNull Correlation> correlations) {

    @Name("DimensionStatistics")
    public record DimensionStatistics(@NonNull String dimension, double mean, double standardDeviation,
                                      @NonNull List<@NonNull HistogramBin> histogram) {
    }

    @Name("HistogramBin")
    public record HistogramBin(double from, double to, long count) {
    }

    @Name("Correlation")
    public record Correlation(@NonNull String a, @NonNull String b, double r) {
    }
}
