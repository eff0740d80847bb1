package io.motiv.messaging.outbox;

import io.motiv.messaging.tracing.TraceContext;

/** An unsent outbox row as the relay reads it, with the trace context of the transaction that wrote it. */
public record PendingEvent(long id, String eventId, String eventType, String topic, String key, String payload,
                           TraceContext trace) {

    public PendingEvent(long id, String eventId, String eventType, String topic, String key, String payload) {
        this(id, eventId, eventType, topic, key, payload, TraceContext.NONE);
    }
}
