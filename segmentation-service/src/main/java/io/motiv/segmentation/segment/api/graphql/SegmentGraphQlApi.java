package io.motiv.segmentation.segment.api.graphql;

import io.motiv.segmentation.run.api.graphql.SegmentationRunView;
import io.motiv.segmentation.segment.Segment;
import io.motiv.segmentation.segment.service.SegmentService;
import io.motiv.segmentation.segmentation.api.graphql.SegmentationView;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Roles;
import io.smallrye.graphql.api.federation.Resolver;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.UUID;

@GraphQLApi
public class SegmentGraphQlApi {

    private final SegmentService segments;

    public SegmentGraphQlApi(SegmentService segments) {
        this.segments = segments;
    }

    @Query("segment")
    @Description("A segment by id, or null when there is none.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public SegmentView segment(@NonNull @Id String id) {
        return segments.find(id("id", id)).map(SegmentGraphQlApi::toView).orElse(null);
    }

    @Mutation("renameSegment")
    @Description("Gives a segment a name of the analyst's choosing (blank restores the generated label). Errors:"
            + " VALIDATION (over 200 characters), NOT_FOUND.")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public SegmentView renameSegment(@NonNull @Id String segmentId, String name) {
        return toView(segments.rename(id("segmentId", segmentId), name));
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public SegmentView resolveSegment(@NonNull @Id String id) {
        return segment(id);
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public CustomerRef resolveCustomer(@NonNull @Id String id) {
        return new CustomerRef(id);
    }

    @Description("The customer's segment in the segmentation's active run; null when they are not a member"
            + " (no active run, no consent, missing features).")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public SegmentView segment(@Source CustomerRef customer, @NonNull @Id String segmentationId) {
        return segments.ofCustomer(id("segmentationId", segmentationId), id("id", customer.id()))
                .map(SegmentGraphQlApi::toView).orElse(null);
    }

    @Description("The segments of the active run, largest first; empty until a run is activated.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public @NonNull List<@NonNull SegmentView> segments(@Source SegmentationView segmentation) {
        return segmentation.activeRunId() == null ? List.of() : ofRun(segmentation.activeRunId());
    }

    @Description("The run's segments, largest first; empty unless it succeeded.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public @NonNull List<@NonNull SegmentView> segments(@Source SegmentationRunView run) {
        return ofRun(run.id());
    }

    private List<SegmentView> ofRun(String runId) {
        return segments.ofRun(UUID.fromString(runId)).stream()
                .sorted((a, b) -> Long.compare(b.size(), a.size()))
                .map(SegmentGraphQlApi::toView).toList();
    }

    static SegmentView toView(Segment segment) {
        return new SegmentView(segment.id().toString(), segment.runId().toString(), segment.segmentationId().toString(),
                segment.position(), segment.label(), segment.name(), segment.displayName(), segment.size(),
                segment.share(), segment.profile());
    }

    private static UUID id(String field, String value) {
        return UUID.fromString(Ids.requireValid(field, value));
    }
}
