package io.motiv.messaging.outbox;

import io.motiv.events.CloudEvent;
import io.motiv.messaging.tracing.TraceContext;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An event waiting in the outbox; the relay reads the table with plain SQL, this mapping only inserts. */
@Entity
@Table(name = "motiv_outbox")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "message_key", nullable = false, updatable = false)
    public String messageKey;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "trace_parent", updatable = false)
    public String traceParent;

    @Column(name = "trace_state", updatable = false)
    public String traceState;

    static OutboxMessage of(CloudEvent event, String topic, String json, TraceContext trace) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = event.id();
        message.eventType = event.type();
        message.topic = topic;
        message.messageKey = event.subject();
        message.payload = json;
        message.createdAt = event.time();
        message.traceParent = trace.traceparent();
        message.traceState = trace.tracestate();
        return message;
    }
}
