package io.motiv.valuation.segment.api.graphql;

import io.motiv.service.api.PageInfo;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("SegmentValuationConnection")
public record SegmentValuationConnection(long totalCount, @NonNull List<@NonNull Edge> edges, @NonNull PageInfo pageInfo) {

    @Name("SegmentValuationEdge")
    public record Edge(@NonNull String cursor, @NonNull SegmentValuationView node) {
    }
}
