package io.motiv.profile.customer.repository;

import io.motiv.profile.customer.Customer;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class CustomerRepository implements PanacheRepositoryBase<Customer, UUID> {

    public Uni<Customer> findByExternalRef(String source, String ref) {
        return find("externalSource = ?1 and externalRef = ?2", source, ref).firstResult();
    }

    /** The customers known by these external references ({source, ref}), with one statement; unknown ones are absent. */
    public Uni<Map<List<String>, Customer>> findByExternalRefs(Set<List<String>> refs) {
        if (refs.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        // by ref, then matched on source here
        Set<String> values = refs.stream().map(ref -> ref.get(1)).collect(Collectors.toSet());
        return list("externalRef in ?1", values).map(found -> {
            Map<List<String>, Customer> byRef = new HashMap<>();
            found.forEach(customer -> {
                List<String> key = List.of(customer.externalSource, customer.externalRef);
                if (refs.contains(key)) {
                    byRef.put(key, customer);
                }
            });
            return byRef;
        });
    }
}
