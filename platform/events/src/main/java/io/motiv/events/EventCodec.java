package io.motiv.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps events to and from their JSON form. Readers tolerate fields they do not know (a newer producer may add
 * optional fields) and reject a missing required field with a message that names it.
 */
public final class EventCodec {

    private static final Pattern MISSING_PROPERTY = Pattern.compile("Missing required creator property '([^']+)'");

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // Money travels as exact decimals: 49.90 stays 49.90, never 49.9 or 4.99E+1.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    /** A new event with a fresh id, stamped now (millisecond precision, as most consumers store it). */
    public <T> CloudEvent wrap(EventType<T> type, String source, String subject, T payload) {
        return wrap(type, UUID.randomUUID().toString(), source, subject, Instant.now().truncatedTo(ChronoUnit.MILLIS), payload);
    }

    public <T> CloudEvent wrap(EventType<T> type, String id, String source, String subject, Instant time, T payload) {
        if (!type.payloadType().isInstance(payload)) {
            throw new IllegalArgumentException("payload " + payload.getClass().getName() + " is not a " + type.name());
        }
        return new CloudEvent(CloudEvent.SPEC_VERSION, id, source, type.name(), time, subject,
                CloudEvent.JSON_CONTENT_TYPE, mapper.valueToTree(payload));
    }

    public String write(CloudEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("cannot write event " + event.id() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Reads the envelope; the payload stays JSON until {@link #payload} maps it. */
    public CloudEvent read(String json) {
        CloudEvent event;
        try {
            event = mapper.readValue(json, CloudEvent.class);
        } catch (JsonProcessingException e) {
            throw new EventFormatException("not a CloudEvent: " + describe(e), e);
        }
        if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
            throw new EventFormatException("event " + event.id() + ": unsupported CloudEvents specversion '"
                    + event.specversion() + "', expected " + CloudEvent.SPEC_VERSION);
        }
        return event;
    }

    public <T> T payload(CloudEvent event, EventType<T> type) {
        if (!type.name().equals(event.type())) {
            throw new EventFormatException("event " + event.id() + " is a " + event.type() + ", not a " + type.name());
        }
        try {
            return mapper.treeToValue(event.data(), type.payloadType());
        } catch (JsonProcessingException e) {
            throw new EventFormatException("event " + event.id() + " (" + event.type() + "): " + describe(e), e);
        } catch (IllegalArgumentException e) {
            throw new EventFormatException("event " + event.id() + " (" + event.type() + "): " + e.getMessage(), e);
        }
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof MismatchedInputException) {
            Matcher missing = MISSING_PROPERTY.matcher(e.getOriginalMessage());
            if (missing.find()) {
                return "missing required field '" + missing.group(1) + "'";
            }
            if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                return "invalid field '" + mismatch.getPathReference().replaceAll(".*\\[\"|\"\\]", "") + "': "
                        + e.getOriginalMessage();
            }
        }
        return e.getOriginalMessage();
    }
}
