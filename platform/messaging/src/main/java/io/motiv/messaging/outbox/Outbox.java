package io.motiv.messaging.outbox;

import io.motiv.events.CloudEvent;
import io.motiv.events.EventCodec;
import io.motiv.events.EventType;
import io.motiv.messaging.MessagingConfig;
import io.motiv.messaging.tracing.TraceContext;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Appends events to the outbox inside the caller's transaction, so an event exists if and only if the state change it
 * describes was committed. Call it from a {@code @WithTransaction} service method; the relay publishes it afterwards.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec = new EventCodec();
    private final String source;

    public Outbox(MessagingConfig config) {
        this.source = config.source();
    }

    /**
     * @param subject the entity the event is about and the Kafka key (see {@link io.motiv.events.EventTypes})
     */
    public <T> Uni<CloudEvent> append(EventType<T> type, String subject, T payload) {
        CloudEvent event = codec.wrap(type, source, subject, payload);
        // Captured now, on the caller's context: the consumer of this event continues the caller's trace.
        TraceContext trace = TraceContext.current();
        return Panache.getSession().chain(session -> {
            if (session.currentTransaction() == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "Outbox.append needs a transaction: call it from a @WithTransaction method"));
            }
            return session.persist(OutboxMessage.of(event, type.topic(), codec.write(event), trace)).replaceWith(event);
        });
    }
}
