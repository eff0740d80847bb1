package io.motiv.profile.purchase.repository;

import io.motiv.profile.purchase.Purchase;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PurchaseRepository implements PanacheRepositoryBase<Purchase, UUID> {

    public Uni<List<String>> existingOrderIds(Collection<String> orderIds) {
        return find("select p.orderId from Purchase p where p.orderId in ?1", orderIds).project(String.class).list();
    }

    public Uni<List<Purchase>> pageOfCustomer(UUID customerId, int offset, int size) {
        return find("customerId = ?1 order by purchasedAt desc, id desc", customerId).range(offset, offset + size - 1).list();
    }

    public Uni<Long> countOfCustomer(UUID customerId) {
        return count("customerId", customerId);
    }
}
