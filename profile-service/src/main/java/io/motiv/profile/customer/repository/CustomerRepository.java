package io.motiv.profile.customer.repository;

import io.motiv.profile.customer.Customer;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    public Uni<Customer> findByExternalRef(String source, String ref) {
        return find("externalSource = ?1 and externalRef = ?2", source, ref).firstResult();
    }
}
