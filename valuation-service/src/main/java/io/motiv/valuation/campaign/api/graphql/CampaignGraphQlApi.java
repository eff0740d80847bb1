package io.motiv.valuation.campaign.api.graphql;

import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.motiv.service.graphql.Batch;
import io.motiv.valuation.campaign.repository.CampaignRepository;
import io.motiv.valuation.campaign.service.CampaignService;
import io.motiv.valuation.segment.api.graphql.SegmentRef;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@GraphQLApi
public class CampaignGraphQlApi {

    private final CampaignService service;
    private final SecurityIdentity identity;

    public CampaignGraphQlApi(CampaignService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @Mutation("createCampaign")
    @Description("Records a campaign aimed at a known segment. Purchases carrying its id as campaignId are attributed to it.")
    @RolesAllowed({Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<CampaignView> createCampaign(@NonNull CreateCampaignInput input) {
        return Uni.createFrom().item(() -> new CampaignService.NewCampaign(input.name(), Ids.requireValid("segmentId", input.segmentId()),
                        input.cost(), input.currency(), input.startsOn(), input.endsOn()))
                .chain(request -> service.create(request, identity.getPrincipal().getName()))
                .map(CampaignGraphQlApi::toView);
    }

    @Query("campaign")
    @Description("A campaign with its attributed revenue and ROI, or null.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<CampaignView> campaign(@NonNull @Id String id) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("id", id)))
                // Root fields of one request run concurrently (the gateway batches them): each gets its own session.
                .chain(campaignId -> Isolated.onOwnContext(() -> service.find(campaignId)))
                .map(CampaignGraphQlApi::toView);
    }

    @Query("campaigns")
    @Description("The campaigns aimed at a segment, newest start first.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<List<CampaignView>> campaigns(@NonNull @Id String segmentId) {
        return Uni.createFrom().item(() -> Ids.requireValid("segmentId", segmentId))
                .chain(id -> Isolated.onOwnContext(() -> service.ofSegment(id)))
                .map(list -> list.stream().map(CampaignGraphQlApi::toView).toList());
    }

    @Description("ROI of the campaigns aimed at this segment, per currency.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<List<List<SegmentCampaignRoiView>>> campaignRoi(@Source List<SegmentRef> segments) {
        return Batch.of(segments, segment -> Ids.requireValid("id", segment.id()),
                ids -> Isolated.onOwnContext(() -> service.segmentRois(ids)).map(rois -> {
                    Map<String, List<SegmentCampaignRoiView>> views = new HashMap<>();
                    ids.forEach(id -> views.put(id, rois.getOrDefault(id, List.of()).stream()
                            .map(r -> new SegmentCampaignRoiView(r.segmentId(), r.currency(), r.campaigns(), r.cost(),
                                    r.attributedRevenue(), r.roi())).toList()));
                    return views;
                }));
    }

    static CampaignView toView(CampaignRepository.Performance p) {
        return p == null ? null : new CampaignView(p.id().toString(), p.name(), p.segmentId(), p.cost(), p.currency(),
                p.startsOn(), p.endsOn(), p.attributedRevenue(), p.attributedOrders(), CampaignService.roi(p.attributedRevenue(), p.cost()));
    }
}
