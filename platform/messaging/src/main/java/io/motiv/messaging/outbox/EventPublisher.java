package io.motiv.messaging.outbox;

import java.util.List;

/** Sends outbox events to the broker and waits until it has acknowledged them. */
public interface EventPublisher {

    /**
     * Publishes the events in order.
     *
     * @return how many were acknowledged (all of them)
     * @throws PublishException when one failed; it tells how many before it were acknowledged
     */
    int publish(List<PendingEvent> events);
}
