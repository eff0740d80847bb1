package io.motiv.segmentation.segmentation.api.graphql;

import io.motiv.segmentation.features.model.FeatureWeight;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

@Name("Segmentation")
@Key(fields = @FieldSet("id"))
@Description("A segmentation: the features (and weights) its runs cluster on, and which run's segments are current.")
public record SegmentationView(
        @Id @NonNull String id,
        @NonNull String name,
        String description,
        @NonNull List<@NonNull FeatureWeight> features,
        @Description("The smallest segment share a recommended k may have (guardrail against over-segmentation).")
        double minSegmentShare,
        @Description("Customers whose latest values answer was flagged for quality are left out of runs.")
        boolean excludeFlaggedResponses,
        @Description("The run whose segments are current; null until a run is activated.")
        @Id String activeRunId,
        Instant activatedAt,
        @NonNull Instant createdAt) {
}
