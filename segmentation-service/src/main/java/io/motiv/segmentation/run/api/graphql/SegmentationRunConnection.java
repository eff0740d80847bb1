package io.motiv.segmentation.run.api.graphql;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("SegmentationRunConnection")
public record SegmentationRunConnection(long totalCount, @NonNull List<@NonNull Edge> edges,
                                        @NonNull io.motiv.service.api.PageInfo pageInfo) {

    @Name("SegmentationRunEdge")
    public record Edge(@NonNull String cursor, @NonNull SegmentationRunView node) {
    }
}
