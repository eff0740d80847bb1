package io.motiv.profile.privacy.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.motiv.events.EventTypes;
import io.motiv.events.profile.CustomerErased;
import io.motiv.messaging.outbox.Outbox;
import io.motiv.profile.audit.PersonalDataAccess;
import io.motiv.profile.audit.service.AuditLog;
import io.motiv.profile.consent.repository.ConsentRepository;
import io.motiv.profile.customer.repository.CustomerRepository;
import io.motiv.profile.privacy.ErasureRecord;
import io.motiv.profile.privacy.repository.ErasureRepository;
import io.motiv.profile.purchase.repository.CustomerBehaviourRepository;
import io.motiv.profile.purchase.repository.PurchaseRepository;
import io.motiv.service.api.NotFoundException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** GDPR rights over what profile-service holds: access and portability (export), erasure. */
@ApplicationScoped
public class PrivacyService {

    public static final String EXPORT_FORMAT = "motiv-profile-export/1";

    private final CustomerRepository customers;
    private final ConsentRepository consents;
    private final PurchaseRepository purchases;
    private final CustomerBehaviourRepository behaviours;
    private final ErasureRepository erasures;
    private final Outbox outbox;
    private final AuditLog audit;
    private final ObjectMapper json = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public PrivacyService(CustomerRepository customers, ConsentRepository consents, PurchaseRepository purchases,
                          CustomerBehaviourRepository behaviours, ErasureRepository erasures, Outbox outbox,
                          AuditLog audit) {
        this.audit = audit;
        this.customers = customers;
        this.consents = consents;
        this.purchases = purchases;
        this.behaviours = behaviours;
        this.erasures = erasures;
        this.outbox = outbox;
    }

    /**
     * Deletes the customer's profile, consents and behaviour, unlinks their purchases (the amounts stay in aggregate
     * revenue), records the erasure and publishes {@code CustomerErased} so every service deletes its data too.
     * Erasing an erased customer again returns the first erasure and publishes nothing.
     */
    @WithTransaction
    public Uni<ErasureRecord> erase(UUID customerId, String actor) {
        return erasures.findById(customerId).chain(existing -> existing != null
                ? Uni.createFrom().item(existing)
                : customers.findById(customerId)
                .onItem().ifNull().failWith(() -> new NotFoundException("customer", customerId.toString()))
                .chain(customer -> {
                    ErasureRecord record = new ErasureRecord();
                    record.customerId = customerId;
                    record.erasedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    // Bulk statements run before the removal's flush: unlink and delete first, then the row.
                    return purchases.update("customerId = null where customerId = ?1", customerId)
                            .chain(() -> consents.delete("customerId", customerId))
                            .chain(() -> behaviours.delete("customerId", customerId))
                            .chain(() -> io.quarkus.hibernate.reactive.panache.Panache.getSession().chain(session -> session
                                    .createNativeQuery("DELETE FROM segment_tag_history WHERE customer_id = :customer")
                                    .setParameter("customer", customerId).executeUpdate()))
                            .chain(() -> customers.delete(customer))
                            .chain(() -> erasures.persist(record))
                            .call(saved -> audit.record(actor, customerId, PersonalDataAccess.Action.ERASE, List.of("all")))
                            .chain(saved -> outbox.append(EventTypes.CUSTOMER_ERASED, customerId.toString(),
                                    new CustomerErased(customerId.toString(), saved.erasedAt)).replaceWith(saved));
                }));
    }

    /** Everything this service holds on the customer, as one JSON document; the export is audited. */
    @WithTransaction
    public Uni<String> export(UUID customerId, String actor) {
        return customers.findById(customerId)
                .onItem().ifNull().failWith(() -> new NotFoundException("customer", customerId.toString()))
                .chain(customer -> consents.historyOf(customerId)
                        .chain(history -> purchases.list("customerId = ?1 order by purchasedAt", customerId)
                                .chain(lines -> behaviours.findById(customerId).map(behaviour -> {
                                    Map<String, Object> document = new LinkedHashMap<>();
                                    document.put("format", EXPORT_FORMAT);
                                    document.put("exportedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS));
                                    document.put("customer", customer);
                                    document.put("consents", history);
                                    document.put("purchases", lines);
                                    document.put("behaviour", behaviour);
                                    return write(document);
                                }))))
                .call(() -> audit.record(actor, customerId, PersonalDataAccess.Action.EXPORT, List.of("all")));
    }

    private String write(Map<String, Object> document) {
        try {
            return json.writeValueAsString(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
