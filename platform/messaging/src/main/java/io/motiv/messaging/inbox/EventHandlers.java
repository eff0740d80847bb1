package io.motiv.messaging.inbox;

import io.motiv.events.EventType;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What a consumer does with each event type it cares about; other types on the same topic are skipped. */
public final class EventHandlers {

    private final Map<String, Registration<?>> byType = new HashMap<>();

    private EventHandlers() {
    }

    public static EventHandlers create() {
        return new EventHandlers();
    }

    public <T> EventHandlers on(EventType<T> type, EventHandler<T> handler) {
        byType.put(type.name(), new Registration<>(type, handler));
        return this;
    }

    Optional<Registration<?>> forType(String typeName) {
        return Optional.ofNullable(byType.get(typeName));
    }

    record Registration<T>(EventType<T> type, EventHandler<T> handler) {
    }
}
