package io.motiv.valuation.segment.messaging;

import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.messaging.inbox.EventConsumer;
import io.motiv.valuation.segment.service.SegmentMemberships;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;

/**
 * Segment memberships (CustomerSegmentAssigned, many) and segmentations' segments (SegmentationActivated, few) from
 * segmentation-events, a poll at a time. The two types go through the inbox as two batches, one after the other;
 * unreadable messages are parked by the first.
 */
@ApplicationScoped
public class SegmentationEventsConsumer {

    static final String CONSUMER = "valuation-service";

    private final EventConsumer consumer;
    private final SegmentMemberships memberships;

    public SegmentationEventsConsumer(EventConsumer consumer, SegmentMemberships memberships) {
        this.consumer = consumer;
        this.memberships = memberships;
    }

    @Incoming("segmentation-events")
    public Uni<Void> onSegmentationEvents(ConsumerRecords<String, String> records) {
        String activatedType = EventTypes.SEGMENTATION_ACTIVATED.name();
        List<ConsumerRecord<String, String>> activations = new ArrayList<>();
        List<ConsumerRecord<String, String>> others = new ArrayList<>();
        records.forEach(record -> (record.value() != null && record.value().contains(activatedType) ? activations : others).add(record));
        return consumer.consumeBatch(CONSUMER, Topics.deadLetter(CONSUMER), others, EventTypes.CUSTOMER_SEGMENT_ASSIGNED,
                        (events, assignments) -> memberships.assignAll(assignments))
                .chain(() -> activations.isEmpty() ? Uni.createFrom().voidItem()
                        : consumer.consumeBatch(CONSUMER, Topics.deadLetter(CONSUMER), activations,
                        EventTypes.SEGMENTATION_ACTIVATED, (events, activated) -> memberships.activateAll(activated)));
    }
}
