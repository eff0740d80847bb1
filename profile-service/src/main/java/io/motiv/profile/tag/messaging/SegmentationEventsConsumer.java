package io.motiv.profile.tag.messaging;

import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.messaging.inbox.EventConsumer;
import io.motiv.profile.tag.service.SegmentTagService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Tags customers with the segments segmentation-service assigns them, a poll's worth of assignments at a time
 * (the channel runs in batch mode), so activating a run over a whole population is a few bulk statements per batch.
 */
@ApplicationScoped
public class SegmentationEventsConsumer {

    static final String CONSUMER = "profile-service";

    private final EventConsumer consumer;
    private final SegmentTagService tags;

    public SegmentationEventsConsumer(EventConsumer consumer, SegmentTagService tags) {
        this.consumer = consumer;
        this.tags = tags;
    }

    @Incoming("segmentation-events")
    public Uni<Void> onSegmentationEvents(ConsumerRecords<String, String> records) {
        return consumer.consumeBatch(CONSUMER, Topics.deadLetter(CONSUMER), records, EventTypes.CUSTOMER_SEGMENT_ASSIGNED,
                (events, assignments) -> tags.assignAll(assignments));
    }
}
