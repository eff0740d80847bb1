package io.motiv.survey.customer.api.graphql;

import io.motiv.survey.response.api.graphql.SurveyResponseView;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("SurveyResponseConnection")
public record SurveyResponseConnection(long totalCount, @NonNull List<@NonNull Edge> edges, @NonNull io.motiv.service.api.PageInfo pageInfo) {

    @Name("SurveyResponseEdge")
    public record Edge(@NonNull String cursor, @NonNull SurveyResponseView node) {
    }

}
