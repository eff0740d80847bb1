package io.motiv.messaging.testapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.motiv.events.EventType;

/** The test application's event; its handler fails on purpose for negative sequence numbers. */
public record Noted(@JsonProperty(required = true) String key, @JsonProperty(required = true) int seq) {

    public static final String TOPIC = "test-events";
    public static final EventType<Noted> TYPE = new EventType<>("io.motiv.test.Noted.v1", TOPIC, Noted.class);
    /** The handler throws for this sequence number, every time. */
    public static final int ALWAYS_FAILS = -1;
}
