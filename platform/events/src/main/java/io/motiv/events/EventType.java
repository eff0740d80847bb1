package io.motiv.events;

/**
 * One kind of event: its CloudEvents type name, the topic it travels on and the record its data maps to.
 * Type names follow {@code io.motiv.<context>.<Event>.v<major>}; a breaking change to a payload is a new major version.
 */
public record EventType<T>(String name, String topic, Class<T> payloadType) {

    static <T> EventType<T> of(String context, Class<T> payloadType, String topic) {
        return new EventType<>("io.motiv." + context + "." + payloadType.getSimpleName() + ".v1", topic, payloadType);
    }
}
