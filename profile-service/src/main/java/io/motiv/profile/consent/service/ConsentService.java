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
import io.motiv.service.api.ApiException;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
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
                    ConsentRecord record = newRecord(command, Instant.now().truncatedTo(ChronoUnit.MICROS));
                    return consents.persist(record)
                            .call(this::publish)
                            .call(saved -> saved.purpose == ConsentPurpose.PROFILING
                                    ? tags.removeTagsUnlessProfilingGranted(saved.customerId) : Uni.createFrom().voidItem());
                });
    }

    private Uni<Void> publish(ConsentRecord saved) {
        return outbox.append(EventTypes.CONSENT_CHANGED, saved.customerId.toString(),
                new ConsentChanged(saved.customerId.toString(), saved.purpose, saved.status, saved.source,
                        saved.legalTextVersion, saved.decidedAt)).replaceWithVoid();
    }

    /**
     * Records a batch of decisions in one transaction, each as {@link #record} would (the same validation and errors,
     * its {@code ConsentChanged} event, the tags of a customer left without PROFILING removed), in input order: of two
     * decisions for one customer and purpose with the same decidedAt, the later item is the current one. An item that
     * fails stores nothing; the others are stored. The customers are looked up with one statement, the tags removed
     * with one.
     *
     * @param commands      a null command is an item that already failed (the caller answers it with its failure)
     * @param skipRecorded  a decision with a decidedAt that equals one recorded before (or an earlier item: same
     *                      purpose, status, source and legal text) is a duplicate and not recorded again (CSV imports)
     * @return per command, in order: the stored record, a duplicate, or the failure (null for a null command)
     */
    @WithTransaction
    public Uni<List<Outcome>> recordAll(List<RecordConsent> commands, boolean skipRecorded) {
        List<Outcome> outcomes = new ArrayList<>();
        Set<UUID> wanted = new HashSet<>();
        for (RecordConsent command : commands) {
            try {
                if (command != null) {
                    validate(command);
                    wanted.add(command.customerId());
                }
                outcomes.add(null);
            } catch (ValidationException e) {
                outcomes.add(Outcome.failed(e));
            }
        }
        if (wanted.isEmpty()) {
            return Uni.createFrom().item(outcomes);
        }
        // one after the other: a reactive session runs one statement at a time
        return customers.list("id in ?1", wanted).map(found -> found.stream().map(c -> c.id).collect(Collectors.toSet()))
                .chain(known -> (!skipRecorded || known.isEmpty() ? Uni.createFrom().item(new HashSet<List<Object>>())
                        : consents.historiesOf(known).map(histories -> histories.values().stream().flatMap(List::stream)
                                .map(ConsentService::decision).collect(Collectors.toCollection(HashSet::new))))
                        .chain(seen -> store(commands, outcomes, known, seen, skipRecorded)));
    }

    private Uni<List<Outcome>> store(List<RecordConsent> commands, List<Outcome> outcomes, Set<UUID> known,
                                     Set<List<Object>> seen, boolean skipRecorded) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<ConsentRecord> records = new ArrayList<>();
        Set<UUID> profiling = new LinkedHashSet<>();
        for (int i = 0; i < commands.size(); i++) {
            RecordConsent command = commands.get(i);
            if (command == null || outcomes.get(i) != null) {
                continue;
            }
            if (!known.contains(command.customerId())) {
                outcomes.set(i, Outcome.failed(new NotFoundException("customer", command.customerId().toString())));
                continue;
            }
            // one microsecond apart, in input order: the later of two decisions decided at the same time is current
            ConsentRecord record = newRecord(command, now.plus(records.size(), ChronoUnit.MICROS));
            if (skipRecorded && command.decidedAt() != null && !seen.add(decision(record))) {
                outcomes.set(i, new Outcome(null, null, true));
                continue;
            }
            records.add(record);
            outcomes.set(i, new Outcome(record, null, false));
            if (record.purpose == ConsentPurpose.PROFILING) {
                profiling.add(record.customerId);
            }
        }
        if (records.isEmpty()) {
            return Uni.createFrom().item(outcomes);
        }
        return consents.persist(records)
                .chain(() -> Multi.createFrom().iterable(records)
                        .onItem().transformToUniAndConcatenate(this::publish)
                        .collect().last())
                .chain(() -> profiling.isEmpty() ? Uni.createFrom().voidItem()
                        : tags.removeTagsUnlessProfilingGranted(profiling).replaceWithVoid())
                .replaceWith(outcomes);
    }

    /** What became of one item of {@link #recordAll}: its record, a duplicate of a recorded decision, or why it failed. */
    public record Outcome(ConsentRecord record, ApiException failure, boolean duplicate) {
        static Outcome failed(ApiException failure) {
            return new Outcome(null, failure, false);
        }
    }

    /** What makes two records the same decision (recordedAt aside). */
    private static List<Object> decision(ConsentRecord record) {
        return List.of(record.customerId, record.purpose, record.status, record.source, record.legalTextVersion,
                record.decidedAt);
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

    private static ConsentRecord newRecord(RecordConsent command, Instant now) {
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
