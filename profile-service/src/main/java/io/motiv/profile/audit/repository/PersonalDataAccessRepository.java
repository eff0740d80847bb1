package io.motiv.profile.audit.repository;

import io.motiv.profile.audit.PersonalDataAccess;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PersonalDataAccessRepository implements PanacheRepositoryBase<PersonalDataAccess, Long> {

    public Uni<List<PersonalDataAccess>> ofCustomer(UUID customerId, int offset, int size) {
        return find("customerId = ?1 order by at desc, id desc", customerId).range(offset, offset + size - 1).list();
    }
}
