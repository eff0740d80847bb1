package io.motiv.profile.tag.messaging;

import io.motiv.events.EventTypes;
import io.motiv.messaging.inbox.EventConsumer;
import io.motiv.messaging.inbox.EventHandlers;
import io.motiv.profile.tag.service.SegmentTagService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Tags customers with the segments segmentation-service assigns them. */
@ApplicationScoped
public class SegmentationEventsConsumer {

    static final String CONSUMER = "profile-service";

    private final EventConsumer consumer;
    private final EventHandlers handlers;

    public SegmentationEventsConsumer(EventConsumer consumer, SegmentTagService tags) {
        this.consumer = consumer;
        this.handlers = EventHandlers.create()
                .on(EventTypes.CUSTOMER_SEGMENT_ASSIGNED, (event, assigned) -> tags.assign(assigned));
    }

    @Incoming("segmentation-events")
    public Uni<Void> onSegmentationEvent(String message) {
        return consumer.consume(CONSUMER, message, handlers);
    }
}
