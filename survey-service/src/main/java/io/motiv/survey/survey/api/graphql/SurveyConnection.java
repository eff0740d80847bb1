package io.motiv.survey.survey.api.graphql;

import io.motiv.service.api.PageInfo;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("SurveyConnection")
public record SurveyConnection(long totalCount, @NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo) {

    @Name("SurveyEdge")
    public record Edge(@NonNull String cursor, @NonNull SurveyView node) {
    }
}
