package io.motiv.profile.consent.repository;

import java.util.stream.Collectors;
import java.util.Map;
import java.util.Collection;
import io.motiv.profile.consent.ConsentRecord;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<ConsentRecord, UUID> {

    /** Newest first: the first record of each purpose is the current state. */
    /** Each customer's decisions, newest first, with one statement; a customer without any is absent. */
    public Uni<Map<UUID, List<ConsentRecord>>> historiesOf(Collection<UUID> customerIds) {
        return list("customerId in ?1 order by decidedAt desc, recordedAt desc", customerIds)
                .map(records -> records.stream().collect(Collectors.groupingBy(r -> r.customerId)));
    }

    public Uni<List<ConsentRecord>> historyOf(UUID customerId) {
        return list("customerId = ?1 order by decidedAt desc, recordedAt desc", customerId);
    }
}
