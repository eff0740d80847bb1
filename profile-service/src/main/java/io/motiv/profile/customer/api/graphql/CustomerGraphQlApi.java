package io.motiv.profile.customer.api.graphql;

import io.motiv.profile.customer.mapping.CustomerMapper;
import io.motiv.profile.customer.service.CustomerService;
import io.motiv.service.api.ApiException;
import io.motiv.service.api.Cursors;
import io.motiv.service.api.Ids;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.ValidationException;
import io.motiv.service.api.Bulk;
import io.motiv.service.api.ItemError;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.graphql.DefaultValue;
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

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.3", _import = {@Import(name = "@key"), @Import(name = "@shareable")})
public class CustomerGraphQlApi {

    private static final int MAX_PAGE = 100;

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
        // Root fields of one request run concurrently too (the gateway batches them): each gets its own session.
        return Uni.createFrom().item(() -> UUID.fromString(Ids.requireValid("id", id)))
                .chain(customerId -> Isolated.onOwnContext(() -> customers.findById(customerId)))
                .map(CustomerMapper::toView);
    }

    @Query("customerByExternalRef")
    @Description("A customer by its id in a source system, or null. Partners use it to find the customers they know.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<CustomerView> customerByExternalRef(@NonNull String source, @NonNull String ref) {
        return Isolated.onOwnContext(() -> customers.findByExternalRef(source, ref)).map(CustomerMapper::toView);
    }

    @Mutation("registerCustomer")
    @Description("Registers a customer; CONFLICT when its externalRef is already known.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<CustomerView> registerCustomer(@NonNull RegisterCustomerInput input) {
        return Uni.createFrom().item(() -> CustomerMapper.toCommand(input, actor()))
                .chain(customers::register)
                .map(CustomerMapper::toView);
    }

    @Query("customers")
    @Description("Customers, newest first, filtered; totalCount counts all that match.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<CustomerListTypes.Connection> customers(CustomerListTypes.FilterInput filter,
                                                       @DefaultValue("20") int first, String after) {
        if (first < 1 || first > MAX_PAGE) {
            return Uni.createFrom().failure(new ValidationException("first", "must be 1-" + MAX_PAGE));
        }
        return Uni.createFrom().item(() -> Cursors.offsetAfter(after))
                .chain(offset -> Isolated.onOwnContext(() -> customers.list(CustomerMapper.toFilter(filter), offset, first)).map(page -> {
                    List<CustomerListTypes.Edge> edges = new ArrayList<>();
                    for (int i = 0; i < page.customers().size(); i++) {
                        edges.add(new CustomerListTypes.Edge(Cursors.after(offset + i), CustomerMapper.toView(page.customers().get(i))));
                    }
                    String end = edges.isEmpty() ? null : edges.getLast().cursor();
                    return new CustomerListTypes.Connection(page.total(), edges,
                            new io.motiv.service.api.PageInfo(offset + edges.size() < page.total(), end));
                }));
    }

    @Mutation("registerCustomers")
    @Description("Registers up to 1,000 customers, each on its own: a failed item changes nothing and does not stop the others.")
    @RolesAllowed({Roles.STEWARD, Roles.ADMIN, Roles.PARTNER})
    public Uni<CustomerListTypes.BatchPayload> registerCustomers(@NonNull List<@NonNull RegisterCustomerInput> inputs) {
        try {
            Bulk.requireSize(inputs, "customers");
        } catch (ValidationException e) {
            return Uni.createFrom().failure(e);
        }
        String actor = actor();
        List<Integer> indexes = java.util.stream.IntStream.range(0, inputs.size()).boxed().toList();
        return Multi.createFrom().iterable(indexes)
                .onItem().transformToUniAndConcatenate(index -> Uni.createFrom().item(() -> CustomerMapper.toCommand(inputs.get(index), actor))
                        .chain(customers::register)
                        .map(customer -> new CustomerListTypes.BatchResult(index, CustomerMapper.toView(customer), null))
                        .onFailure(ApiException.class).recoverWithItem(failure -> new CustomerListTypes.BatchResult(index, null,
                                ItemError.of((ApiException) failure))))
                .collect().asList()
                .map(results -> {
                    int failed = (int) results.stream().filter(result -> result.error() != null).count();
                    return new CustomerListTypes.BatchPayload(results.size() - failed, failed, results);
                });
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
                .chain(customerId -> Isolated.onOwnContext(() -> customers.findById(customerId)))
                .map(CustomerMapper::toView);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
