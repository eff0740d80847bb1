package io.motiv.survey.customer.repository;

import io.motiv.survey.customer.KnownCustomer;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class KnownCustomerRepository implements PanacheRepositoryBase<KnownCustomer, UUID> {

    public Uni<KnownCustomer> findByExternalRef(String source, String ref) {
        return find("externalSource = ?1 and externalRef = ?2", source, ref).firstResult();
    }

    /** The customer row, created empty when this is the first event about it. */
    public Uni<KnownCustomer> findOrCreate(UUID customerId) {
        return findById(customerId).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            KnownCustomer created = new KnownCustomer();
            created.customerId = customerId;
            return persist(created);
        });
    }
}
