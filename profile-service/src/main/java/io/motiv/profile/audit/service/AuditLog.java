package io.motiv.profile.audit.service;

import io.motiv.profile.audit.PersonalDataAccess;
import io.motiv.profile.audit.repository.PersonalDataAccessRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The audit log of personal data: every read and change, who did it and when (GDPR art. 5(2), 30). */
@ApplicationScoped
public class AuditLog {

    private final PersonalDataAccessRepository entries;

    public AuditLog(PersonalDataAccessRepository entries) {
        this.entries = entries;
    }

    /** Records inside the caller's transaction, so a change and its audit entry commit together. */
    public Uni<Void> record(String actor, UUID customerId, PersonalDataAccess.Action action, Collection<String> fields) {
        if (fields.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        PersonalDataAccess entry = new PersonalDataAccess();
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entry.actor = actor;
        entry.customerId = customerId;
        entry.action = action;
        entry.fields = String.join(",", fields);
        return entries.persist(entry).replaceWithVoid();
    }

    /** Records a read in a transaction of its own. */
    @WithTransaction
    public Uni<Void> recordRead(String actor, UUID customerId, Collection<String> fields) {
        return record(actor, customerId, PersonalDataAccess.Action.READ, fields);
    }

    @WithSession
    public Uni<List<PersonalDataAccess>> entries(UUID customerId, int offset, int size) {
        return entries.ofCustomer(customerId, offset, size);
    }
}
