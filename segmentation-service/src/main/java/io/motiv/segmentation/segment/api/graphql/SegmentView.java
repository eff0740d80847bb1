package io.motiv.segmentation.segment.api.graphql;

import io.motiv.segmentation.segment.SegmentProfile;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Segment")
@Key(fields = @FieldSet("id"))
@Description("One segment of a run. valuation-service adds its valuation.")
public record SegmentView(
        @Id @NonNull String id,
        @Id @NonNull String runId,
        @Id @NonNull String segmentationId,
        @Description("0..k-1 within the run.") int position,
        @Description("Generated from the profile: dominant higher-order value and behaviour.") @NonNull String label,
        @Description("The analyst's name for it, or null.") String name,
        @Description("name when set, else label.") @NonNull String displayName,
        long size,
        @Description("size / the run's clustered customers, 0..1") double share,
        @NonNull SegmentProfile profile) {
}
