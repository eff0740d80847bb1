package io.motiv.valuation.segment.api.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** segmentation-service's Segment entity, to which this service adds valuation and marketInputs. */
@Name("Segment")
@Key(fields = @FieldSet("id"))
public record SegmentRef(@Id @NonNull String id) {
}
