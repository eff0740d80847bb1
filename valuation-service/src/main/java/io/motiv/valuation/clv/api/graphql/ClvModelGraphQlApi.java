package io.motiv.valuation.clv.api.graphql;

import io.motiv.valuation.clv.mapping.ClvModelMapper;
import io.motiv.valuation.clv.service.ClvModelService;
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
public class ClvModelGraphQlApi {

    private final ClvModelService service;

    public ClvModelGraphQlApi(ClvModelService service) {
        this.service = service;
    }

    @Query("clvModel")
    @Description("A ClvModel by id, or null when there is none.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<ClvModelView> clvModel(@NonNull @Id String id) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("id", id)))
                .chain(service::findById)
                .map(ClvModelMapper::toView);
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<ClvModelView> resolveClvModel(@NonNull @Id String id) {
        return clvModel(id);
    }
}
