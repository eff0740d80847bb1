package io.motiv.profile.purchase.repository;

import io.motiv.profile.purchase.CustomerBehaviour;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CustomerBehaviourRepository implements PanacheRepositoryBase<CustomerBehaviour, UUID> {

    private static final String LOCK_CUSTOMERS = "SELECT count(pg_advisory_xact_lock(hashtextextended(CAST(id AS text), 7)))"
            + " FROM unnest(CAST(:ids AS uuid[])) WITH ORDINALITY AS t(id, n)";

    /**
     * The customers' behaviour rows, read after taking a transaction-scoped lock per customer: concurrent batches for
     * the same customer take turns reading, changing and writing (or first inserting) its row. Locks are taken in id
     * order, so two batches cannot deadlock.
     */
    public Uni<List<CustomerBehaviour>> ofCustomers(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] sorted = customerIds.stream().sorted().toArray(UUID[]::new);
        return Panache.getSession().chain(session -> session.createNativeQuery(LOCK_CUSTOMERS, Long.class)
                        .setParameter("ids", sorted)
                        .getSingleResult())
                .chain(() -> list("customerId in ?1", customerIds));
    }
}
