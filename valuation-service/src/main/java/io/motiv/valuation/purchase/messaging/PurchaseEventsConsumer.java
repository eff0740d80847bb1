package io.motiv.valuation.purchase.messaging;

import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.messaging.inbox.EventConsumer;
import io.motiv.messaging.inbox.EventHandlers;
import io.motiv.valuation.customer.service.CustomerErasure;
import io.motiv.valuation.purchase.service.PurchaseFacts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/** Keeps purchase lines from profile-service, and erases a customer's data (see {@link CustomerErasure}). */
@ApplicationScoped
public class PurchaseEventsConsumer {

    static final String CONSUMER = "valuation-service";

    private final EventConsumer consumer;
    private final PurchaseFacts facts;
    private final EventHandlers customerHandlers;

    public PurchaseEventsConsumer(EventConsumer consumer, PurchaseFacts facts, CustomerErasure erasure) {
        this.consumer = consumer;
        this.facts = facts;
        this.customerHandlers = EventHandlers.create()
                .on(EventTypes.CUSTOMER_ERASED, (event, erased) -> erasure.erase(UUID.fromString(erased.customerId())));
    }

    @Incoming("purchase-events")
    public Uni<Void> onPurchases(ConsumerRecords<String, String> records) {
        return consumer.consumeBatch(CONSUMER, Topics.deadLetter(CONSUMER), records, EventTypes.PURCHASE_RECORDED,
                (events, purchases) -> facts.record(purchases));
    }

    @Incoming("customer-events")
    public Uni<Void> onCustomerEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(CONSUMER, record, customerHandlers);
    }
}
