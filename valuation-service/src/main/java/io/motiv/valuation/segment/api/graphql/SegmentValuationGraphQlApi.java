package io.motiv.valuation.segment.api.graphql;

import io.motiv.service.api.Cursors;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.PageInfo;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.motiv.service.graphql.Batch;
import io.motiv.valuation.segment.mapping.SegmentValuationMapper;
import io.motiv.valuation.segment.service.SegmentValuationService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@GraphQLApi
public class SegmentValuationGraphQlApi {

    static final int MAX_PAGE = 100;

    private final SegmentValuationService service;
    private final SecurityIdentity identity;

    public SegmentValuationGraphQlApi(SegmentValuationService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @Mutation("valueSegments")
    @Description("Values every segment of the segmentation's current run over a period (default: the 12 months up to "
            + "today) against the previous period of the same length, stores the valuations as history and publishes "
            + "SegmentValuated events. Ranked by value score.")
    @RolesAllowed({Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<List<SegmentValuationView>> valueSegments(@NonNull @Id String segmentationId,
                                                         @Description("Last day (UTC, inclusive) of the period; default today") LocalDate periodEnd,
                                                         @DefaultValue("12") @Description("Length of the period, 1-36 months") int periodMonths,
                                                         @Description("Required when purchases are in several currencies") String currency,
                                                         @Id @Description("Default: the newest FITTED model in the currency") String clvModelId) {
        return Uni.createFrom().item(() -> new SegmentValuationService.ValueRequest(Ids.requireValid("segmentationId", segmentationId),
                        periodEnd, periodMonths, currency, clvModelId == null ? null : UUID.fromString(Ids.requireValid("clvModelId", clvModelId))))
                .chain(request -> service.value(request, identity.getPrincipal().getName()))
                .map(list -> list.stream().map(SegmentValuationMapper::toView).toList());
    }

    @Mutation("setSegmentMarketInputs")
    @Description("Sets what the segment's market is worth: yearly addressable market (valuation currency), yearly "
            + "growth rate, competition/saturation index 0..1. Used by the next valuation.")
    @RolesAllowed({Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<SegmentMarketInputsView> setSegmentMarketInputs(@NonNull @Id String segmentId, @NonNull BigDecimal addressableMarket,
                                                              double growthRate, double competitionIndex) {
        return Uni.createFrom().item(() -> Ids.requireValid("segmentId", segmentId))
                .chain(id -> service.setMarketInputs(id, addressableMarket, growthRate, competitionIndex,
                        identity.getPrincipal().getName()))
                .map(SegmentValuationMapper::toView);
    }

    @Query("segmentValuations")
    @Description("The latest valuation of each segment of the segmentation, by rank; empty when it was never valued.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<List<SegmentValuationView>> segmentValuations(@NonNull @Id String segmentationId) {
        return Uni.createFrom().item(() -> Ids.requireValid("segmentationId", segmentationId))
                // Root fields of one request run concurrently (the gateway batches them): each gets its own session.
                .chain(id -> Isolated.onOwnContext(() -> service.latest(id)))
                .map(list -> list.stream().map(SegmentValuationMapper::toView).toList());
    }

    @Query("valuationHistory")
    @Description("A segment's valuations, newest first.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<SegmentValuationConnection> valuationHistory(@NonNull @Id String segmentId, @DefaultValue("20") int first,
                                                            String after) {
        if (first < 1 || first > MAX_PAGE) {
            return Uni.createFrom().failure(new ValidationException("first", "must be 1-" + MAX_PAGE));
        }
        return Uni.createFrom().item(() -> Ids.requireValid("segmentId", segmentId))
                .chain(id -> {
                    int offset = Cursors.offsetAfter(after);
                    return Isolated.onOwnContext(() -> service.history(id, offset, first)).map(page -> {
                        List<SegmentValuationConnection.Edge> edges = new ArrayList<>();
                        for (int i = 0; i < page.valuations().size(); i++) {
                            edges.add(new SegmentValuationConnection.Edge(Cursors.after(offset + i),
                                    SegmentValuationMapper.toView(page.valuations().get(i))));
                        }
                        boolean more = offset + edges.size() < page.total();
                        return new SegmentValuationConnection(page.total(), edges,
                                new PageInfo(more, edges.isEmpty() ? null : edges.getLast().cursor()));
                    });
                });
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public SegmentRef resolveSegment(@NonNull @Id String id) {
        return new SegmentRef(id);
    }

    @Description("The segment's latest valuation; null when it was never valued.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<List<SegmentValuationView>> valuation(@Source List<SegmentRef> segments) {
        return Batch.of(segments, SegmentValuationGraphQlApi::segmentId,
                ids -> Isolated.onOwnContext(() -> service.latestFor(ids)).map(found -> Batch.mapValues(found, SegmentValuationMapper::toView)));
    }

    @Description("The analyst's market inputs for the segment; null when none were set.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<List<SegmentMarketInputsView>> marketInputs(@Source List<SegmentRef> segments) {
        return Batch.of(segments, SegmentValuationGraphQlApi::segmentId,
                ids -> Isolated.onOwnContext(() -> service.marketInputsOf(ids)).map(found -> Batch.mapValues(found, SegmentValuationMapper::toView)));
    }

    private static String segmentId(SegmentRef segment) {
        return Ids.requireValid("id", segment.id());
    }
}
