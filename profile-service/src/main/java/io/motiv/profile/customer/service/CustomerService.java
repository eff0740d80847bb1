package io.motiv.profile.customer.service;

import io.motiv.events.EventTypes;
import io.motiv.events.profile.CustomerRegistered;
import io.motiv.events.profile.ExternalRef;
import io.motiv.messaging.outbox.Outbox;
import io.motiv.profile.customer.Customer;
import io.motiv.profile.customer.repository.CustomerRepository;
import io.motiv.service.api.ConflictException;
import io.motiv.service.api.ValidationException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

@ApplicationScoped
public class CustomerService {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,63}");
    private static final int MAX_REF_LENGTH = 128;

    private final CustomerRepository customers;
    private final Outbox outbox;

    public CustomerService(CustomerRepository customers, Outbox outbox) {
        this.customers = customers;
        this.outbox = outbox;
    }

    @WithSession
    public Uni<Customer> findById(UUID id) {
        return customers.findById(id);
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
                    return customers.persist(customer)
                            .chain(saved -> outbox.append(EventTypes.CUSTOMER_REGISTERED, saved.id.toString(),
                                    new CustomerRegistered(saved.id.toString(),
                                            new ExternalRef(saved.externalSource, saved.externalRef),
                                            saved.kind, null, saved.createdAt))
                                    .replaceWith(saved));
                });
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
    }
}
