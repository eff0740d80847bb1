package io.motiv.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * A CloudEvents 1.0 envelope in its JSON format (structured mode): context attributes beside the payload in {@code data}.
 *
 * @param subject the entity the event is about; it is also the Kafka record key (a customer id unless the event type says otherwise)
 * @see <a href="https://github.com/cloudevents/spec/blob/v1.0.2/cloudevents/formats/json-format.md">CloudEvents JSON format</a>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        @JsonProperty(required = true) String specversion,
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) String type,
        @JsonProperty(required = true) Instant time,
        @JsonProperty(required = true) String subject,
        String datacontenttype,
        @JsonProperty(required = true) JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON_CONTENT_TYPE = "application/json";
}
