package io.motiv.survey.statistics.api.graphql;

import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.motiv.survey.statistics.PopulationStatistics;
import io.motiv.survey.statistics.service.SurveyStatisticsService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@GraphQLApi
public class SurveyStatisticsGraphQlApi {

    private final SurveyStatisticsService statistics;

    public SurveyStatisticsGraphQlApi(SurveyStatisticsService statistics) {
        this.statistics = statistics;
    }

    @Query("surveyStatistics")
    @Description("Respondents, mean and standard deviation per value, histograms and the value correlation matrix.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<SurveyStatisticsView> surveyStatistics(@NonNull @Id String surveyId,
                                                      @DefaultValue("false") boolean includeFlagged) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("surveyId", surveyId)))
                // Root fields of one request run concurrently (the gateway batches them): each gets its own session.
                .chain(id -> Isolated.onOwnContext(() -> statistics.statistics(id, includeFlagged)))
                .map(SurveyStatisticsGraphQlApi::toView);
    }

    private static SurveyStatisticsView toView(SurveyStatisticsService.Result result) {
        if (result.statistics().isEmpty()) {
            return new SurveyStatisticsView(result.respondents(), true, result.minimumRespondents(), List.of(), List.of());
        }
        PopulationStatistics stats = result.statistics().get();
        List<SurveyStatisticsView.DimensionStatistics> dimensions = new ArrayList<>();
        List<SurveyStatisticsView.Correlation> correlations = new ArrayList<>();
        List<String> names = stats.dimensions();
        for (int a = 0; a < names.size(); a++) {
            dimensions.add(new SurveyStatisticsView.DimensionStatistics(names.get(a), stats.mean(a),
                    stats.standardDeviation(a), stats.histogram(a).stream()
                    .map(bin -> new SurveyStatisticsView.HistogramBin(bin.from(), bin.to(), bin.count())).toList()));
            for (int b = a + 1; b < names.size(); b++) {
                correlations.add(new SurveyStatisticsView.Correlation(names.get(a), names.get(b), stats.correlation(a, b)));
            }
        }
        return new SurveyStatisticsView(result.respondents(), false, result.minimumRespondents(), dimensions, correlations);
    }
}
