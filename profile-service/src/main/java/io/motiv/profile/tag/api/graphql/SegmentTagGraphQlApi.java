package io.motiv.profile.tag.api.graphql;

import java.util.Map;
import java.util.HashMap;
import io.motiv.service.graphql.Batch;
import io.motiv.profile.customer.api.graphql.CustomerView;
import io.motiv.profile.tag.service.SegmentTagService;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@GraphQLApi
public class SegmentTagGraphQlApi {

    private final SegmentTagService tags;

    public SegmentTagGraphQlApi(SegmentTagService tags) {
        this.tags = tags;
    }

    @Description("The customer's current segment in each segmentation with an activated run.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<List<List<@NonNull SegmentTagView>>> segmentTags(@Source List<CustomerView> customers) {
        return Batch.of(customers, customer -> UUID.fromString(customer.id()), ids -> Isolated.onOwnContext(() -> tags.currentTags(ids))
                .map(found -> {
                    Map<UUID, List<SegmentTagView>> views = new HashMap<>();
                    ids.forEach(id -> views.put(id, found.getOrDefault(id, List.of()).stream()
                            .map(tag -> new SegmentTagView(tag.segmentationId(), tag.segmentId(), tag.segmentLabel(),
                                    tag.runId(), tag.assignedAt())).toList()));
                    return views;
                }));
    }

    @Name("SegmentTag")
    public record SegmentTagView(@NonNull String segmentationId, @NonNull String segmentId, String label,
                                 @NonNull String runId, @NonNull Instant assignedAt) {
    }
}
