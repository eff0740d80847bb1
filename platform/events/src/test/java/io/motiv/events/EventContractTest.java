package io.motiv.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motiv.events.profile.CustomerRegistered;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventContractTest {

    /** Set to rewrite the stored samples after a deliberate contract change; review the diff. */
    private static final boolean WRITE_SAMPLES = Boolean.getBoolean("motiv.events.write-samples");

    private final EventCodec codec = new EventCodec();
    private final ObjectMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    static List<EventType<?>> eventTypes() {
        return EventTypes.ALL;
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void shouldRoundTripEveryEvent(EventType<?> type) {
        CloudEvent event = EventSamples.eventOf(type);

        CloudEvent read = codec.read(codec.write(event));

        assertThat(read).usingRecursiveComparison().ignoringFields("data").isEqualTo(event);
        assertThat(codec.payload(read, type)).isEqualTo(EventSamples.payloadOf(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void shouldReadStoredSampleAsTodaysCodeWritesIt(EventType<?> type) throws IOException {
        String written = codec.write(EventSamples.eventOf(type));
        if (WRITE_SAMPLES) {
            Path target = Path.of("src/test/resources/events", type.name() + ".json");
            Files.writeString(target, json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(written)) + "\n");
        }

        String stored = sample(type);

        assertThat(json.readTree(stored)).as("stored sample of %s differs from what the code writes", type.name())
                .isEqualTo(json.readTree(written));
        assertThat(codec.payload(codec.read(stored), type)).isEqualTo(EventSamples.payloadOf(type));
    }

    @Test
    void shouldTolerateFieldsAddedByANewerProducer() throws IOException {
        ObjectNode event = (ObjectNode) json.readTree(codec.write(EventSamples.eventOf(EventTypes.CUSTOMER_REGISTERED)));
        event.put("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        ((ObjectNode) event.get("data")).put("loyaltyTier", "GOLD");

        CloudEvent read = codec.read(event.toString());

        assertThat(codec.payload(read, EventTypes.CUSTOMER_REGISTERED))
                .isEqualTo(EventSamples.payloadOf(EventTypes.CUSTOMER_REGISTERED));
    }

    @Test
    void shouldNameTheMissingFieldOfAPayload() throws IOException {
        ObjectNode event = (ObjectNode) json.readTree(codec.write(EventSamples.eventOf(EventTypes.CUSTOMER_REGISTERED)));
        ((ObjectNode) event.get("data")).remove("customerId");
        CloudEvent read = codec.read(event.toString());

        assertThatThrownBy(() -> codec.payload(read, EventTypes.CUSTOMER_REGISTERED))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("missing required field 'customerId'")
                .hasMessageContaining(EventTypes.CUSTOMER_REGISTERED.name());
    }

    @Test
    void shouldNameTheMissingFieldOfANestedPayloadRecord() throws IOException {
        ObjectNode event = (ObjectNode) json.readTree(codec.write(EventSamples.eventOf(EventTypes.CUSTOMER_REGISTERED)));
        ((ObjectNode) event.get("data").get("externalRef")).remove("ref");
        CloudEvent read = codec.read(event.toString());

        assertThatThrownBy(() -> codec.payload(read, EventTypes.CUSTOMER_REGISTERED))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("missing required field 'ref'");
    }

    @Test
    void shouldNameTheMissingFieldOfTheEnvelope() throws IOException {
        ObjectNode event = (ObjectNode) json.readTree(codec.write(EventSamples.eventOf(EventTypes.CUSTOMER_ERASED)));
        event.remove("subject");

        assertThatThrownBy(() -> codec.read(event.toString()))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("missing required field 'subject'");
    }

    @Test
    void shouldRejectAnotherSpecVersion() throws IOException {
        ObjectNode event = (ObjectNode) json.readTree(codec.write(EventSamples.eventOf(EventTypes.CUSTOMER_ERASED)));
        event.put("specversion", "0.3");

        assertThatThrownBy(() -> codec.read(event.toString()))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("specversion '0.3'");
    }

    @Test
    void shouldRejectTextThatIsNotJson() {
        assertThatThrownBy(() -> codec.read("not json at all"))
                .isInstanceOf(EventFormatException.class)
                .hasMessageStartingWith("not a CloudEvent");
    }

    @Test
    void shouldRejectAPayloadReadAsTheWrongType() {
        CloudEvent erased = EventSamples.eventOf(EventTypes.CUSTOMER_ERASED);

        assertThatThrownBy(() -> codec.payload(erased, EventTypes.CUSTOMER_REGISTERED))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("not a " + EventTypes.CUSTOMER_REGISTERED.name());
    }

    @Test
    void shouldRejectAWrongValueNamingItsField() throws IOException {
        ObjectNode event = (ObjectNode) json.readTree(codec.write(EventSamples.eventOf(EventTypes.CUSTOMER_REGISTERED)));
        ((ObjectNode) event.get("data")).put("kind", "ROBOT");
        CloudEvent read = codec.read(event.toString());

        assertThatThrownBy(() -> codec.payload(read, EventTypes.CUSTOMER_REGISTERED))
                .isInstanceOf(EventFormatException.class)
                .hasMessageContaining("'kind'");
    }

    @Test
    void shouldNameEveryTypeAfterItsContextAndMajorVersion() {
        assertThat(EventTypes.ALL).extracting(EventType::name)
                .allMatch(name -> name.matches("io\\.motiv\\.(profile|survey|segmentation|valuation)\\.[A-Z][A-Za-z]+\\.v\\d+"))
                .doesNotHaveDuplicates();
        assertThat(EventTypes.byName("io.motiv.profile.CustomerRegistered.v1")).contains(EventTypes.CUSTOMER_REGISTERED);
        assertThat(EventTypes.CUSTOMER_REGISTERED.payloadType()).isEqualTo(CustomerRegistered.class);
        assertThat(EventTypes.byName("io.motiv.profile.Nope.v1")).isEmpty();
    }

    private static String sample(EventType<?> type) throws IOException {
        try (InputStream in = EventContractTest.class.getResourceAsStream("/events/" + type.name() + ".json")) {
            assertThat(in).as("stored sample events/%s.json", type.name()).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
