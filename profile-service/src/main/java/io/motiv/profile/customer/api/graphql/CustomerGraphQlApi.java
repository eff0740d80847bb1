package io.motiv.profile.customer.api.graphql;

import io.motiv.profile.customer.mapping.CustomerMapper;
import io.motiv.profile.customer.service.CustomerService;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.UUID;

@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.3", _import = {@Import(name = "@key"), @Import(name = "@shareable")})
public class CustomerGraphQlApi {

    private final CustomerService customers;
    private final SecurityIdentity identity;

    public CustomerGraphQlApi(CustomerService customers, SecurityIdentity identity) {
        this.customers = customers;
        this.identity = identity;
    }

    @Query("customer")
    @Description("A customer by id, or null when there is none.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<CustomerView> customer(@NonNull @Id String id) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("id", id)))
                .chain(customers::findById)
                .map(CustomerMapper::toView);
    }

    @Query("customerByExternalRef")
    @Description("A customer by its id in a source system, or null. Partners use it to find the customers they know.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<CustomerView> customerByExternalRef(@NonNull String source, @NonNull String ref) {
        return customers.findByExternalRef(source, ref).map(CustomerMapper::toView);
    }

    @Mutation("registerCustomer")
    @Description("Registers a customer; CONFLICT when its externalRef is already known.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<CustomerView> registerCustomer(@NonNull RegisterCustomerInput input) {
        return Uni.createFrom().item(() -> CustomerMapper.toCommand(input, actor()))
                .chain(customers::register)
                .map(CustomerMapper::toView);
    }

    @Mutation("updateCustomer")
    @Description("Changes the given fields; CONFLICT when the customer changed since the version you read.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN})
    public Uni<CustomerView> updateCustomer(@NonNull UpdateCustomerInput input) {
        return Uni.createFrom().item(() -> CustomerMapper.toCommand(input, actor()))
                .chain(customers::update)
                .map(CustomerMapper::toView);
    }

    @Resolver
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<CustomerView> resolveCustomer(@NonNull @Id String id) {
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("id", id)))
                .chain(customers::findById)
                .map(CustomerMapper::toView);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
