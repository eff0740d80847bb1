package io.motiv.segmentation.segment.api.graphql;

import io.motiv.segmentation.run.api.graphql.SegmentationRunView;
import io.motiv.segmentation.segment.Segment;
import io.motiv.segmentation.segment.service.SegmentService;
import io.motiv.segmentation.segmentation.api.graphql.SegmentationView;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.motiv.service.graphql.Batch;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.graphql.api.federation.Resolver;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

@GraphQLApi
public class SegmentGraphQlApi {

    private final SegmentService segments;
    private final Context context;

    public SegmentGraphQlApi(SegmentService segments, Context context) {
        this.segments = segments;
        this.context = context;
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
    public Uni<SegmentView> segment(@Source CustomerRef customer, @NonNull @Id String segmentationId) {
        UUID segmentation;
        UUID customerId;
        try {
            segmentation = id("segmentationId", segmentationId);
            customerId = id("id", customer.id());
        } catch (ValidationException e) {
            return Uni.createFrom().failure(e);
        }
        // Not a @Source List batch resolver: SmallRye would give every customer of the batch the first one's
        // segmentationId (two aliases with two segmentations). One DataLoader per segmentation instead: one statement each.
        return Batch.load(context, "Customer.segment:" + segmentation, customerId, ids -> Uni.createFrom()
                .item(() -> Batch.mapValues(segments.ofCustomers(segmentation, ids), SegmentGraphQlApi::toView))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    @Description("The segments of the active run, largest first; empty until a run is activated.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public List<@NonNull List<@NonNull SegmentView>> segments(@Source List<SegmentationView> segmentations) {
        return ofRuns(segmentations.stream().map(SegmentationView::activeRunId).toList());
    }

    @Description("The run's segments, largest first; empty unless it succeeded.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    @Name("segments") // Java cannot overload on List<SegmentationView> and List<SegmentationRunView>
    public List<@NonNull List<@NonNull SegmentView>> runSegments(@Source List<SegmentationRunView> runs) {
        return ofRuns(runs.stream().map(SegmentationRunView::id).toList());
    }

    /** Each run's segments (empty for a null run), largest first, in the order of the runs; one statement. */
    private List<List<SegmentView>> ofRuns(List<String> runIds) {
        Set<UUID> ids = runIds.stream().filter(Objects::nonNull).map(UUID::fromString).collect(Collectors.toSet());
        Map<UUID, List<Segment>> byRun = ids.isEmpty() ? Map.of() : segments.ofRuns(ids);
        return runIds.stream().map(runId -> runId == null ? List.<SegmentView>of()
                : byRun.getOrDefault(UUID.fromString(runId), List.of()).stream()
                        .sorted((a, b) -> Long.compare(b.size(), a.size()))
                        .map(SegmentGraphQlApi::toView).toList()).toList();
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
