package io.motiv.segmentation.segmentation.api.graphql;

import io.motiv.segmentation.features.model.FeatureCatalog;
import io.motiv.segmentation.segmentation.mapping.SegmentationMapper;
import io.motiv.segmentation.segmentation.service.SegmentationService;
import io.motiv.service.api.Cursors;
import io.motiv.service.api.Ids;
import io.motiv.service.api.PageInfo;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.3", _import = {@Import(name = "@key")})
public class SegmentationGraphQlApi {

    static final int MAX_PAGE = 100;

    private final SegmentationService service;

    public SegmentationGraphQlApi(SegmentationService service) {
        this.service = service;
    }

    @Mutation("defineSegmentation")
    @Description("Defines a segmentation: a name, a feature preset or named features with weights, and the guardrails."
            + " Errors: VALIDATION (unknown or duplicate feature, weight outside (0, 100], share outside 0..0.5),"
            + " CONFLICT (the name is taken).")
    @RolesAllowed({Roles.ANALYST, Roles.ADMIN})
    public SegmentationView defineSegmentation(@NonNull DefineSegmentationInput input) {
        return SegmentationMapper.toView(service.define(SegmentationMapper.toCommand(input)));
    }

    @Query("segmentation")
    @Description("A segmentation by id, or null when there is none.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public SegmentationView segmentation(@NonNull @Id String id) {
        return service.find(UUID.fromString(Ids.requireValid("id", id))).map(SegmentationMapper::toView).orElse(null);
    }

    @Query("segmentations")
    @Description("Segmentations, newest first.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public SegmentationConnection segmentations(@DefaultValue("20") int first, String after) {
        if (first < 1 || first > MAX_PAGE) {
            throw new ValidationException("first", "must be 1-" + MAX_PAGE);
        }
        int offset = Cursors.offsetAfter(after);
        SegmentationService.Page page = service.page(offset, first);
        List<SegmentationConnection.Edge> edges = new ArrayList<>();
        for (int i = 0; i < page.segmentations().size(); i++) {
            edges.add(new SegmentationConnection.Edge(Cursors.after(offset + i),
                    SegmentationMapper.toView(page.segmentations().get(i))));
        }
        return new SegmentationConnection(page.total(), edges, new PageInfo(offset + edges.size() < page.total(),
                edges.isEmpty() ? null : edges.getLast().cursor()));
    }

    @Query("segmentationFeatures")
    @Description("The feature names a segmentation can choose. One-hot demographics are named"
            + " demographic.<attribute>=<category>, e.g. demographic.gender=FEMALE.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public @NonNull List<@NonNull String> segmentationFeatures() {
        return FeatureCatalog.all();
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public SegmentationView resolveSegmentation(@NonNull @Id String id) {
        return segmentation(id);
    }
}
