package io.motiv.profile.purchase.api.graphql;

import io.motiv.service.graphql.Batch;
import io.motiv.profile.customer.api.graphql.CustomerView;
import io.motiv.profile.purchase.mapping.PurchaseMapper;
import io.motiv.profile.purchase.service.PurchaseService;
import io.motiv.service.api.Cursors;
import io.motiv.service.api.Isolated;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@GraphQLApi
public class PurchaseGraphQlApi {

    private static final int MAX_PAGE = 100;

    private final PurchaseService purchases;

    public PurchaseGraphQlApi(PurchaseService purchases) {
        this.purchases = purchases;
    }

    @Mutation("recordPurchases")
    @Description("Records up to 10,000 order lines. Each line is stored, a duplicate (its orderId is known), or rejected with its error; one PurchaseRecorded event per stored line.")
    @RolesAllowed({Roles.PARTNER, Roles.STEWARD, Roles.ADMIN})
    public Uni<RecordPurchasesPayload> recordPurchases(@NonNull List<@NonNull PurchaseInput> purchases) {
        var lines = purchases.stream().map(PurchaseMapper::toLine).toList();
        return this.purchases.record(lines)
                // A concurrent batch stored one of our order ids first: again, those lines are now duplicates.
                .onFailure(ConstraintViolationException.class).recoverWithUni(() -> this.purchases.record(lines))
                .map(PurchaseMapper::toPayload);
    }

    @Description("Purchase behaviour: orders, revenue, average order value, recency, tenure. Null before the first purchase.")
    @RolesAllowed({Roles.VIEWER, Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<List<BehaviourView>> behaviour(@Source List<CustomerView> customers) {
        Instant now = Instant.now();
        return Batch.of(customers, customer -> UUID.fromString(customer.id()), ids -> Isolated.onOwnContext(() -> purchases.behaviours(ids))
                .map(found -> Batch.mapValues(found, behaviour -> PurchaseMapper.toView(behaviour, now))));
    }

    @Description("The customer's order lines, newest first.")
    @RolesAllowed({Roles.ANALYST, Roles.STEWARD, Roles.ADMIN})
    public Uni<PurchaseView.Connection> purchases(@Source CustomerView customer, @DefaultValue("20") int first, String after) {
        if (first < 1 || first > MAX_PAGE) {
            return Uni.createFrom().failure(new ValidationException("first", "must be 1-" + MAX_PAGE));
        }
        return Uni.createFrom().item(() -> Cursors.offsetAfter(after))
                .chain(offset -> Isolated.onOwnContext(() -> purchases.page(UUID.fromString(customer.id()), offset, first))
                        .map(page -> {
                            List<PurchaseView.Edge> edges = new ArrayList<>();
                            for (int i = 0; i < page.purchases().size(); i++) {
                                edges.add(new PurchaseView.Edge(Cursors.after(offset + i), PurchaseMapper.toView(page.purchases().get(i))));
                            }
                            String end = edges.isEmpty() ? null : edges.getLast().cursor();
                            return new PurchaseView.Connection(page.total(), edges,
                                    new io.motiv.service.api.PageInfo(offset + edges.size() < page.total(), end));
                        }));
    }
}
