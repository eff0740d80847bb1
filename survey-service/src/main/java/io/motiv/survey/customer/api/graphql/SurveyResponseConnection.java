package io.motiv.survey.customer.api.graphql;

import io.motiv.survey.response.api.graphql.SurveyResponseView;
import io.smallrye.graphql.api.federation.Shareable;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("SurveyResponseConnection")
public record SurveyResponseConnection(long totalCount, @NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo) {

    @Name("SurveyResponseEdge")
    public record Edge(@NonNull String cursor, @NonNull SurveyResponseView node) {
    }

    @Name("PageInfo")
    @Shareable
    public record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
