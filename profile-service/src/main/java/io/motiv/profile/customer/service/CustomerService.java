package io.motiv.profile.customer.service;

import io.motiv.events.EventTypes;
import io.motiv.events.profile.CustomerRegistered;
import io.motiv.events.profile.CustomerUpdated;
import io.motiv.events.profile.ExternalRef;
import io.motiv.messaging.outbox.Outbox;
import io.motiv.profile.audit.PersonalDataAccess;
import io.motiv.profile.audit.service.AuditLog;
import io.motiv.profile.customer.Customer;
import io.motiv.profile.customer.mapping.CustomerAttributesMapper;
import io.motiv.profile.customer.profile.ProfileApplier;
import io.motiv.profile.customer.profile.ProfileValidator;
import io.motiv.profile.customer.repository.CustomerRepository;
import io.motiv.service.api.ConflictException;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

@ApplicationScoped
public class CustomerService {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final int MAX_REF_LENGTH = 128;

    private final CustomerRepository customers;
    private final Outbox outbox;
    private final AuditLog audit;
    private final io.motiv.profile.customer.repository.CustomerSearch search;

    public CustomerService(CustomerRepository customers, Outbox outbox, AuditLog audit,
                           io.motiv.profile.customer.repository.CustomerSearch search) {
        this.customers = customers;
        this.search = search;
        this.outbox = outbox;
        this.audit = audit;
    }

    @WithSession
    public Uni<Customer> findById(UUID id) {
        return customers.findById(id);
    }

    @WithSession
    public Uni<io.motiv.profile.customer.repository.CustomerSearch.Page> list(CustomerFilter filter, int offset, int size) {
        return search.search(filter, offset, size, today());
    }

    @WithSession
    public Uni<Customer> findByExternalRef(String source, String ref) {
        return customers.findByExternalRef(source, ref);
    }

    /** Stores the customer and its {@code CustomerRegistered} event in one transaction. */
    @WithTransaction
    public Uni<Customer> register(RegisterCustomer command) {
        return Uni.createFrom().item(command)
                .invoke(CustomerService::validate)
                .chain(valid -> customers.findByExternalRef(valid.source(), valid.externalRef()))
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().failure(new ConflictException("a customer with externalRef "
                                + command.source() + "/" + command.externalRef() + " already exists"));
                    }
                    Customer customer = newCustomer(command);
                    Set<String> changed = ProfileApplier.apply(customer, command.profile());
                    return customers.persist(customer)
                            .chain(saved -> audit.record(command.actor(), saved.id, PersonalDataAccess.Action.CHANGE, personal(changed)))
                            .chain(() -> outbox.append(EventTypes.CUSTOMER_REGISTERED, customer.id.toString(),
                                    new CustomerRegistered(customer.id.toString(),
                                            new ExternalRef(customer.externalSource, customer.externalRef), customer.kind,
                                            CustomerAttributesMapper.of(customer, today()), customer.createdAt)))
                            .replaceWith(customer);
                });
    }

    /**
     * Applies a partial update if the caller read the current version; publishes {@code CustomerUpdated} with the
     * customer's segmentable attributes in full. An update that changes nothing publishes nothing.
     */
    @WithTransaction
    public Uni<Customer> update(UpdateCustomer command) {
        return customers.findById(command.id())
                .onItem().ifNull().failWith(() -> new NotFoundException("customer", command.id().toString()))
                .chain(customer -> {
                    if (customer.version != command.version()) {
                        return Uni.createFrom().failure(new ConflictException("customer " + customer.id
                                + " was changed since version " + command.version() + " (now " + customer.version
                                + "): read it again and retry"));
                    }
                    ProfileValidator.validate(customer.kind, command.profile(), today());
                    Set<String> changed = ProfileApplier.apply(customer, command.profile());
                    if (changed.isEmpty()) {
                        return Uni.createFrom().item(customer);
                    }
                    customer.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    return customers.flush()
                            .chain(() -> audit.record(command.actor(), customer.id, PersonalDataAccess.Action.CHANGE, personal(changed)))
                            .chain(() -> outbox.append(EventTypes.CUSTOMER_UPDATED, customer.id.toString(),
                                    new CustomerUpdated(customer.id.toString(), customer.version,
                                            CustomerAttributesMapper.of(customer, today()), customer.updatedAt)))
                            .replaceWith(customer);
                });
    }

    private static Set<String> personal(Set<String> changed) {
        return changed.stream().filter(ProfileApplier.PERSONAL::contains).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Customer newCustomer(RegisterCustomer command) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Customer customer = new Customer();
        customer.id = UUID.randomUUID();
        customer.kind = command.kind();
        customer.externalSource = command.source();
        customer.externalRef = command.externalRef();
        customer.createdAt = now;
        customer.updatedAt = now;
        return customer;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static void validate(RegisterCustomer command) {
        if (command.source() == null || !SOURCE.matcher(command.source()).matches()) {
            throw new ValidationException("externalRef.source",
                    "must be 1-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (command.externalRef() == null || command.externalRef().isBlank()
                || command.externalRef().length() > MAX_REF_LENGTH) {
            throw new ValidationException("externalRef.ref", "must be 1-" + MAX_REF_LENGTH + " characters");
        }
        if (command.kind() == null) {
            throw new ValidationException("kind", "is required");
        }
        ProfileValidator.validate(command.kind(), command.profile(), today());
    }
}
