package io.motiv.survey.customer.messaging;

import io.motiv.events.EventTypes;
import io.motiv.messaging.inbox.EventConsumer;
import io.motiv.messaging.inbox.EventHandlers;
import io.motiv.survey.customer.service.KnownCustomerService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Learns customers, their VALUES_SURVEY consent and their erasure from profile-service's customer-events. */
@ApplicationScoped
public class CustomerEventsConsumer {

    static final String CONSUMER = "survey-service";

    private final EventConsumer consumer;
    private final EventHandlers handlers;

    public CustomerEventsConsumer(EventConsumer consumer, KnownCustomerService customers) {
        this.consumer = consumer;
        this.handlers = EventHandlers.create()
                .on(EventTypes.CUSTOMER_REGISTERED, (event, registered) -> customers.registered(registered))
                .on(EventTypes.CONSENT_CHANGED, (event, changed) -> customers.consentChanged(changed))
                .on(EventTypes.CUSTOMER_ERASED, (event, erased) -> customers.erased(erased));
    }

    @Incoming("customer-events")
    public Uni<Void> onCustomerEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(CONSUMER, record, handlers);
    }
}
