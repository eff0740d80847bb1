package io.motiv.profile.purchase.repository;

import io.motiv.profile.purchase.CustomerBehaviour;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CustomerBehaviourRepository implements PanacheRepositoryBase<CustomerBehaviour, UUID> {

    public Uni<List<CustomerBehaviour>> ofCustomers(Collection<UUID> customerIds) {
        return list("customerId in ?1", customerIds);
    }
}
