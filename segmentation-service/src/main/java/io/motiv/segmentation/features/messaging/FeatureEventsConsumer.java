package io.motiv.segmentation.features.messaging;

import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.messaging.inbox.EventConsumer;
import io.motiv.messaging.inbox.EventHandlers;
import io.motiv.segmentation.features.service.FeatureStore;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.UUID;

/** Feeds the feature store: values profiles from survey-service, consent and erasure from profile-service. */
@ApplicationScoped
public class FeatureEventsConsumer {

    static final String CONSUMER = "segmentation-service";

    private final EventConsumer consumer;
    private final FeatureStore store;
    private final EventHandlers customerHandlers;

    public FeatureEventsConsumer(EventConsumer consumer, FeatureStore store) {
        this.consumer = consumer;
        this.store = store;
        this.customerHandlers = EventHandlers.create()
                .on(EventTypes.CONSENT_CHANGED, (event, change) -> store.consentChanged(change))
                .on(EventTypes.CUSTOMER_REGISTERED, (event, registered) -> store.attributes(registered.customerId(), 0,
                        registered.attributes(), registered.registeredAt()))
                .on(EventTypes.CUSTOMER_UPDATED, (event, updated) -> store.attributes(updated.customerId(), updated.version(),
                        updated.attributes(), updated.updatedAt()))
                .on(EventTypes.CUSTOMER_ERASED, (event, erased) -> store.erase(UUID.fromString(erased.customerId())));
    }

    @Incoming("values-events")
    public Uni<Void> onValuesProfiles(ConsumerRecords<String, String> records) {
        return consumer.consumeBatch(CONSUMER, Topics.deadLetter(CONSUMER), records, EventTypes.VALUES_PROFILE_SCORED,
                (events, profiles) -> store.scored(profiles));
    }

    @Incoming("purchase-events")
    public Uni<Void> onPurchases(ConsumerRecords<String, String> records) {
        return consumer.consumeBatch(CONSUMER, Topics.deadLetter(CONSUMER), records, EventTypes.PURCHASE_RECORDED,
                (events, purchases) -> store.purchased(purchases));
    }

    @Incoming("customer-events")
    public Uni<Void> onCustomerEvent(ConsumerRecord<String, String> record) {
        return consumer.consume(CONSUMER, record, customerHandlers);
    }
}
