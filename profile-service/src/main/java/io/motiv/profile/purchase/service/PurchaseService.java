package io.motiv.profile.purchase.service;

import java.util.stream.Collectors;
import java.util.Collection;
import io.motiv.events.EventTypes;
import io.motiv.events.profile.PurchaseRecorded;
import io.motiv.messaging.outbox.Outbox;
import io.motiv.profile.customer.Customer;
import io.motiv.profile.customer.repository.CustomerRepository;
import io.motiv.profile.purchase.CustomerBehaviour;
import io.motiv.profile.purchase.Purchase;
import io.motiv.profile.purchase.repository.CustomerBehaviourRepository;
import io.motiv.profile.purchase.repository.PurchaseRepository;
import io.motiv.service.api.ValidationException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

@ApplicationScoped
public class PurchaseService {

    public static final int MAX_BATCH = 10_000;
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:_./#-]{0,127}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _./&-]{0,63}");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000");
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final PurchaseRepository purchases;
    private final CustomerBehaviourRepository behaviours;
    private final CustomerRepository customers;
    private final Outbox outbox;

    public PurchaseService(PurchaseRepository purchases, CustomerBehaviourRepository behaviours,
                           CustomerRepository customers, Outbox outbox) {
        this.purchases = purchases;
        this.behaviours = behaviours;
        this.customers = customers;
        this.outbox = outbox;
    }

    /**
     * Stores the valid lines of a batch with one {@code PurchaseRecorded} event each and updates the customers'
     * behaviour, all in one transaction. Lines whose order id is already stored (or repeated in the batch) are
     * duplicates; invalid lines are reported and store nothing.
     */
    @WithTransaction
    public Uni<RecordedPurchases> record(List<PurchaseLine> lines) {
        if (lines.isEmpty() || lines.size() > MAX_BATCH) {
            return Uni.createFrom().failure(new ValidationException("purchases", "a batch has 1 to " + MAX_BATCH + " lines"));
        }
        Batch batch = new Batch(lines);
        for (int i = 0; i < lines.size(); i++) {
            try {
                validate(lines.get(i));
            } catch (ValidationException e) {
                batch.reject(i, e.field(), e.getMessage());
            }
        }
        return resolveCustomers(batch)
                .chain(() -> purchases.existingOrderIds(batch.candidateOrderIds()))
                .invoke(batch::markStoredOrderIds)
                .chain(() -> behaviours.ofCustomers(batch.candidateCustomers()))
                .chain(existing -> store(batch, existing))
                .map(stored -> new RecordedPurchases(stored, batch.duplicates, batch.sortedErrors()));
    }

    @WithSession
    public Uni<PurchasePage> page(UUID customerId, int offset, int size) {
        return purchases.countOfCustomer(customerId)
                .chain(total -> purchases.pageOfCustomer(customerId, offset, size).map(page -> new PurchasePage(page, total)));
    }

    @WithSession
    /** Each customer's behaviour (absent before their first purchase), with one statement for all. */
    public Uni<Map<UUID, CustomerBehaviour>> behaviours(Collection<UUID> customerIds) {
        return behaviours.list("customerId in ?1", customerIds)
                .map(list -> list.stream().collect(Collectors.toMap(b -> b.customerId, b -> b)));
    }

    private Uni<Void> resolveCustomers(Batch batch) {
        Set<UUID> ids = new HashSet<>();
        Set<List<String>> refs = new HashSet<>();
        batch.pending().forEach(i -> {
            PurchaseLine line = batch.lines.get(i);
            if (line.customerId() != null) {
                ids.add(line.customerId());
            } else {
                refs.add(List.of(line.externalSource(), line.externalRef()));
            }
        });
        Uni<Void> byId = ids.isEmpty() ? Uni.createFrom().voidItem()
                : customers.list("id in ?1", ids).invoke(found -> found.forEach(c -> batch.customerById.put(c.id, c))).replaceWithVoid();
        return byId.chain(() -> customers.findByExternalRefs(refs).invoke(batch.customerByRef::putAll).replaceWithVoid())
                .invoke(() -> batch.resolveCustomers())
                .replaceWithVoid();
    }

    private Uni<Integer> store(Batch batch, List<CustomerBehaviour> existing) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<UUID, CustomerBehaviour> byCustomer = new HashMap<>();
        existing.forEach(behaviour -> byCustomer.put(behaviour.customerId, behaviour));
        Set<UUID> created = new HashSet<>();
        List<Purchase> toStore = new ArrayList<>();
        for (int i : batch.pending()) {
            Purchase purchase = batch.toPurchase(i, now);
            CustomerBehaviour behaviour = byCustomer.get(purchase.customerId);
            if (behaviour != null && !behaviour.currency.equals(purchase.currency)) {
                batch.reject(i, "currency", "customer " + purchase.customerId + " buys in " + behaviour.currency
                        + "; a purchase in " + purchase.currency + " cannot be added to its behaviour");
                continue;
            }
            if (behaviour == null) {
                byCustomer.put(purchase.customerId, CustomerBehaviour.startingWith(purchase, now));
                created.add(purchase.customerId);
            } else {
                behaviour.add(purchase, now);
            }
            toStore.add(purchase);
        }
        if (toStore.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        List<CustomerBehaviour> newBehaviours = created.stream().map(byCustomer::get).toList();
        return purchases.persist(toStore)
                .chain(() -> newBehaviours.isEmpty() ? Uni.createFrom().voidItem() : behaviours.persist(newBehaviours))
                .chain(() -> Multi.createFrom().iterable(toStore)
                        .onItem().transformToUniAndConcatenate(purchase -> outbox.append(EventTypes.PURCHASE_RECORDED,
                                purchase.customerId.toString(), event(purchase)))
                        .collect().last())
                .replaceWith(toStore.size());
    }

    private static PurchaseRecorded event(Purchase purchase) {
        return new PurchaseRecorded(purchase.orderId, purchase.customerId.toString(), purchase.amount, purchase.currency,
                purchase.purchasedAt, purchase.channel, purchase.category, purchase.campaignId);
    }

    static void validate(PurchaseLine line) {
        if (line.orderId() == null || !ORDER_ID.matcher(line.orderId()).matches()) {
            throw new ValidationException("orderId", "must be 1-128 letters, digits or ':_./#-', starting with a letter or digit");
        }
        boolean byRef = line.externalSource() != null || line.externalRef() != null;
        if ((line.customerId() != null) == byRef) {
            throw new ValidationException("customer", "give either id or externalRef, not both and not neither");
        }
        if (byRef && (line.externalSource() == null || line.externalRef() == null)) {
            throw new ValidationException("customer", "an external reference needs source and ref");
        }
        if (line.amount() == null) {
            throw new ValidationException("amount", "is required (zero for a free item, negative for a refund)");
        }
        if (line.amount().abs().compareTo(MAX_AMOUNT) >= 0 || line.amount().stripTrailingZeros().scale() > 4) {
            throw new ValidationException("amount", "must be below 1,000,000,000 with at most 4 decimals");
        }
        if (line.currency() == null || !line.currency().matches("[A-Z]{3}") || !isCurrency(line.currency())) {
            throw new ValidationException("currency", "'" + line.currency() + "' is not an ISO 4217 currency code");
        }
        if (line.purchasedAt() == null) {
            throw new ValidationException("purchasedAt", "is required");
        }
        if (line.purchasedAt().isAfter(Instant.now().plus(CLOCK_SKEW)) || line.purchasedAt().isBefore(EARLIEST)) {
            throw new ValidationException("purchasedAt", "must be between 1990 and now");
        }
        requireLabel("channel", line.channel());
        requireLabel("category", line.category());
        requireLabel("campaignId", line.campaignId());
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void requireLabel(String field, String value) {
        if (value != null && !LABEL.matcher(value).matches()) {
            throw new ValidationException(field, "must be 1-64 letters, digits, spaces or '_./&-'");
        }
    }

    public record PurchasePage(List<Purchase> purchases, long total) {
    }

    /** The lines of one call and what has been decided about each. */
    private static final class Batch {

        final List<PurchaseLine> lines;
        final Map<Integer, RecordedPurchases.LineError> errors = new HashMap<>();
        final Set<Integer> duplicateLines = new HashSet<>();
        final Map<UUID, Customer> customerById = new HashMap<>();
        final Map<List<String>, Customer> customerByRef = new HashMap<>();
        final Map<Integer, UUID> customerOfLine = new HashMap<>();
        int duplicates;

        Batch(List<PurchaseLine> lines) {
            this.lines = lines;
        }

        void reject(int index, String field, String message) {
            errors.putIfAbsent(index, new RecordedPurchases.LineError(index, field, message));
        }

        List<Integer> pending() {
            List<Integer> pending = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!errors.containsKey(i) && !duplicateLines.contains(i)) {
                    pending.add(i);
                }
            }
            return pending;
        }

        void resolveCustomers() {
            for (int i : pending()) {
                PurchaseLine line = lines.get(i);
                Customer customer = line.customerId() != null ? customerById.get(line.customerId())
                        : customerByRef.get(List.of(line.externalSource(), line.externalRef()));
                if (customer == null) {
                    String described = line.customerId() != null ? line.customerId().toString()
                            : line.externalSource() + "/" + line.externalRef();
                    reject(i, "customer", "customer " + described + " does not exist");
                } else {
                    customerOfLine.put(i, customer.id);
                }
            }
        }

        Set<String> candidateOrderIds() {
            Set<String> ids = new HashSet<>();
            pending().forEach(i -> ids.add(lines.get(i).orderId()));
            return ids.isEmpty() ? Set.of("") : ids;
        }

        /** Lines whose order id is stored already, or appeared earlier in this batch, are duplicates. */
        void markStoredOrderIds(List<String> stored) {
            Set<String> seen = new HashSet<>(stored);
            for (int i : pending()) {
                if (!seen.add(lines.get(i).orderId())) {
                    duplicateLines.add(i);
                    duplicates++;
                }
            }
        }

        Set<UUID> candidateCustomers() {
            Set<UUID> ids = new HashSet<>();
            pending().forEach(i -> ids.add(customerOfLine.get(i)));
            return ids.isEmpty() ? Set.of(new UUID(0, 0)) : ids;
        }

        Purchase toPurchase(int index, Instant now) {
            PurchaseLine line = lines.get(index);
            Purchase purchase = new Purchase();
            purchase.id = UUID.randomUUID();
            purchase.orderId = line.orderId();
            purchase.customerId = customerOfLine.get(index);
            purchase.amount = line.amount();
            purchase.currency = line.currency();
            purchase.purchasedAt = line.purchasedAt().truncatedTo(ChronoUnit.MICROS);
            purchase.channel = line.channel();
            purchase.category = line.category();
            purchase.campaignId = line.campaignId();
            purchase.recordedAt = now;
            return purchase;
        }

        List<RecordedPurchases.LineError> sortedErrors() {
            return errors.values().stream().sorted(java.util.Comparator.comparingInt(RecordedPurchases.LineError::index)).toList();
        }
    }
}
