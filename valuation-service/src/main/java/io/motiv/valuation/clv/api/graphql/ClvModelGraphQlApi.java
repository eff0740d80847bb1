package io.motiv.valuation.clv.api.graphql;

import io.motiv.service.api.Cursors;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.motiv.service.graphql.Batch;
import io.motiv.valuation.clv.mapping.ClvModelMapper;
import io.motiv.valuation.clv.service.ClvModelService;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
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

import java.util.List;
import java.util.UUID;

@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.3", _import = {@Import(name = "@key"), @Import(name = "@shareable")})
public class ClvModelGraphQlApi {

    static final int MAX_PAGE = 100;

    private final ClvModelService service;
    private final SecurityIdentity identity;

    public ClvModelGraphQlApi(ClvModelService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
    }

    @Query("clvModel")
    @Description("A ClvModel by id, or null when there is none.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<ClvModelView> clvModel(@NonNull @Id String id) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("id", id)))
                // Root fields of one request (and _entities representations) run concurrently: each gets its own session.
                .chain(modelId -> Isolated.onOwnContext(() -> service.findById(modelId)))
                .map(ClvModelMapper::toView);
    }

    @Query("clvModels")
    @Description("CLV models, newest first.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<ClvModelConnection> clvModels(@DefaultValue("20") int first, String after) {
        if (first < 1 || first > MAX_PAGE) {
            return Uni.createFrom().failure(new ValidationException("first", "must be 1-" + MAX_PAGE));
        }
        return Uni.createFrom().item(() -> Cursors.offsetAfter(after))
                .chain(offset -> Isolated.onOwnContext(() -> service.page(offset, first)).map(page -> new ClvModelConnection(page.total(),
                        Cursors.edges(offset, page.models(), ClvModelMapper::toView, ClvModelConnection.Edge::new),
                        Cursors.pageInfo(offset, page.models().size(), page.total()))));
    }

    @Mutation("fitClvModel")
    @Description("Fits BG/NBD and Gamma-Gamma to the purchases up to calibrationEnd and predicts every customer, "
            + "synchronously (seconds for 100,000 customers). A fit that does not converge is stored with status "
            + "NOT_CONVERGED and no predictions; data that cannot be fitted at all is a VALIDATION error.")
    @RolesAllowed({Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<ClvModelView> fitClvModel(@NonNull FitClvModelInput input) {
        return service.fit(new ClvModelService.FitRequest(input.name(), input.calibrationEnd(), input.timeUnit(),
                        input.horizonMonths(), input.monthlyDiscountRate(), input.currency()), identity.getPrincipal().getName())
                .map(ClvModelMapper::toView);
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<ClvModelView> resolveClvModel(@NonNull @Id String id) {
        return clvModel(id);
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public CustomerRef resolveCustomer(@NonNull @Id String id) {
        return new CustomerRef(id);
    }

    @Description("The customer's lifetime value from the newest FITTED CLV model that covers them; null when none does.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<List<CustomerLifetimeValueView>> lifetimeValue(@Source List<CustomerRef> customers) {
        // One statement for every customer of the request (a batch resolver); a malformed id fails only its own field.
        return Batch.of(customers, customer -> UUID.fromString(Ids.requireValid("id", customer.id())),
                ids -> Isolated.onOwnContext(() -> service.lifetimeValues(ids)).map(found -> Batch.mapValues(found, ClvModelMapper::toView)));
    }
}
