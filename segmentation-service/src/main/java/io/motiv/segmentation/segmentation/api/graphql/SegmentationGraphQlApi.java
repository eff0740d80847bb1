package io.motiv.segmentation.segmentation.api.graphql;

import io.motiv.segmentation.segmentation.mapping.SegmentationMapper;
import io.motiv.segmentation.segmentation.service.SegmentationService;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Roles;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.UUID;

@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.3", _import = {@Import(name = "@key")})
public class SegmentationGraphQlApi {

    private final SegmentationService service;

    public SegmentationGraphQlApi(SegmentationService service) {
        this.service = service;
    }

    @Query("segmentation")
    @Description("A Segmentation by id, or null when there is none.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<SegmentationView> segmentation(@NonNull @Id String id) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("id", id)))
                .chain(service::findById)
                .map(SegmentationMapper::toView);
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<SegmentationView> resolveSegmentation(@NonNull @Id String id) {
        return segmentation(id);
    }
}
