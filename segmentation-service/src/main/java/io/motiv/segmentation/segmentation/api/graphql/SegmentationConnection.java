package io.motiv.segmentation.segmentation.api.graphql;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("SegmentationConnection")
public record SegmentationConnection(long totalCount, @NonNull List<@NonNull Edge> edges,
                                     @NonNull io.motiv.service.api.PageInfo pageInfo) {

    @Name("SegmentationEdge")
    public record Edge(@NonNull String cursor, @NonNull SegmentationView node) {
    }
}
