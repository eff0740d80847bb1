package io.motiv.messaging.outbox;

/** An unsent outbox row as the relay reads it. */
public record PendingEvent(long id, String eventId, String eventType, String topic, String key, String payload) {
}
