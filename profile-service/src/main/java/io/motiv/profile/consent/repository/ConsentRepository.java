package io.motiv.profile.consent.repository;

import io.motiv.profile.consent.ConsentRecord;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<ConsentRecord, UUID> {

    /** Newest first: the first record of each purpose is the current state. */
    public Uni<List<ConsentRecord>> historyOf(UUID customerId) {
        return list("customerId = ?1 order by decidedAt desc, recordedAt desc", customerId);
    }
}
