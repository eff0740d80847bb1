package io.motiv.profile.consent.service;

import java.util.Collection;
import io.motiv.events.EventTypes;
import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.messaging.outbox.Outbox;
import io.motiv.profile.consent.ConsentRecord;
import io.motiv.profile.consent.repository.ConsentRepository;
import io.motiv.profile.customer.repository.CustomerRepository;
import io.motiv.profile.tag.service.SegmentTagService;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

@ApplicationScoped
public class ConsentService {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final int MAX_LEGAL_TEXT_VERSION = 64;
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final ConsentRepository consents;
    private final CustomerRepository customers;
    private final Outbox outbox;
    private final SegmentTagService tags;

    public ConsentService(ConsentRepository consents, CustomerRepository customers, Outbox outbox, SegmentTagService tags) {
        this.consents = consents;
        this.customers = customers;
        this.outbox = outbox;
        this.tags = tags;
    }

    /**
     * Records a decision and publishes {@code ConsentChanged} in the same transaction; a decision that leaves PROFILING
     * without a grant also removes the customer's current segment tags.
     */
    @WithTransaction
    public Uni<ConsentRecord> record(RecordConsent command) {
        return Uni.createFrom().item(command)
                .invoke(ConsentService::validate)
                .chain(valid -> customers.findById(valid.customerId()))
                .onItem().ifNull().failWith(() -> new NotFoundException("customer", command.customerId().toString()))
                .chain(customer -> {
                    ConsentRecord record = newRecord(command);
                    return consents.persist(record)
                            .chain(saved -> outbox.append(EventTypes.CONSENT_CHANGED, saved.customerId.toString(),
                                    new ConsentChanged(saved.customerId.toString(), saved.purpose, saved.status,
                                            saved.source, saved.legalTextVersion, saved.decidedAt))
                                    .replaceWith(saved))
                            .call(saved -> saved.purpose == ConsentPurpose.PROFILING
                                    ? tags.removeTagsUnlessProfilingGranted(saved.customerId) : Uni.createFrom().voidItem());
                });
    }

    /** Each customer's decisions, newest first (absent when none); one statement for all. */
    @WithSession
    public Uni<Map<UUID, List<ConsentRecord>>> histories(Collection<UUID> customerIds) {
        return consents.historiesOf(customerIds);
    }

    public static Map<ConsentPurpose, ConsentRecord> currentOf(List<ConsentRecord> newestFirst) {
        Map<ConsentPurpose, ConsentRecord> current = new EnumMap<>(ConsentPurpose.class);
        newestFirst.forEach(record -> current.putIfAbsent(record.purpose, record));
        return current;
    }

    private static ConsentRecord newRecord(RecordConsent command) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ConsentRecord record = new ConsentRecord();
        record.id = UUID.randomUUID();
        record.customerId = command.customerId();
        record.purpose = command.purpose();
        record.status = command.status();
        record.source = command.source();
        record.legalTextVersion = command.legalTextVersion();
        record.decidedAt = command.decidedAt() == null ? now : command.decidedAt().truncatedTo(ChronoUnit.MICROS);
        record.recordedAt = now;
        return record;
    }

    private static void validate(RecordConsent command) {
        if (command.purpose() == null) {
            throw new ValidationException("purpose", "is required");
        }
        if (command.status() == null) {
            throw new ValidationException("status", "is required");
        }
        if (command.source() == null || !SOURCE.matcher(command.source()).matches()) {
            throw new ValidationException("source", "must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (command.legalTextVersion() == null || command.legalTextVersion().isBlank()
                || command.legalTextVersion().length() > MAX_LEGAL_TEXT_VERSION) {
            throw new ValidationException("legalTextVersion", "must be 1-" + MAX_LEGAL_TEXT_VERSION + " characters");
        }
        if (command.decidedAt() != null && command.decidedAt().isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw new ValidationException("decidedAt", "is in the future");
        }
    }

    /** An objection to profiling (GDPR art. 21) is recorded as a withdrawal of PROFILING. */
    public static RecordConsent objectionToProfiling(UUID customerId, String source, String legalTextVersion) {
        return new RecordConsent(customerId, ConsentPurpose.PROFILING, ConsentStatus.WITHDRAWN, source, legalTextVersion, null);
    }
}
