package io.motiv.valuation.clv.api.graphql;

import io.motiv.service.api.PageInfo;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("ClvModelConnection")
public record ClvModelConnection(long totalCount, @NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo) {

    @Name("ClvModelEdge")
    public record Edge(@NonNull String cursor, @NonNull ClvModelView node) {
    }
}
