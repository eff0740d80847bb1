package io.motiv.segmentation.run.api.graphql;

import io.motiv.segmentation.run.Algorithm;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StartSegmentationRunInput")
public record StartSegmentationRunInput(
        @Id @NonNull String segmentationId,
        @Description("A fixed number of segments; or give kMin..kMax.") Integer k,
        @Description("Lower end of the k range (default 2).") Integer kMin,
        @Description("Upper end of the k range (X-means and G-means search up to it).") Integer kMax,
        @Description("Default K_MEANS.") Algorithm algorithm,
        @Description("k-means starts per k, best kept (default 10).") Integer restarts,
        @Description("Random seed as a decimal integer; chosen and recorded when absent.") String seed) {
}
