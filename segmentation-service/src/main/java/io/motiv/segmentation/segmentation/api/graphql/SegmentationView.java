package io.motiv.segmentation.segmentation.api.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

@Name("Segmentation")
@Key(fields = @FieldSet("id"))
@Description("A segmentation: the features and algorithm that runs fit into segments. Owned by segmentation-service.")
public record SegmentationView(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull Instant createdAt) {
}
