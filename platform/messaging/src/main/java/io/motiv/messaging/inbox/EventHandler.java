package io.motiv.messaging.inbox;

import io.motiv.events.CloudEvent;
import io.smallrye.mutiny.Uni;

/** Applies one event's effect; runs inside the inbox transaction. */
@FunctionalInterface
public interface EventHandler<T> {

    Uni<Void> handle(CloudEvent event, T payload);
}
