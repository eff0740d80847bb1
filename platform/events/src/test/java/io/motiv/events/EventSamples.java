package io.motiv.events;

import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.events.profile.CustomerAttributes;
import io.motiv.events.profile.CustomerErased;
import io.motiv.events.profile.CustomerKind;
import io.motiv.events.profile.CustomerRegistered;
import io.motiv.events.profile.CustomerUpdated;
import io.motiv.events.profile.ExternalRef;
import io.motiv.events.profile.PurchaseRecorded;
import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.events.segmentation.RunStatus;
import io.motiv.events.segmentation.SegmentSummary;
import io.motiv.events.segmentation.SegmentationActivated;
import io.motiv.events.segmentation.SegmentationRunCompleted;
import io.motiv.events.survey.ResponseQuality;
import io.motiv.events.survey.SchwartzValue;
import io.motiv.events.survey.ValueScores;
import io.motiv.events.survey.ValuesProfileScored;
import io.motiv.events.valuation.SegmentValuated;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One fixed example of every event type; the stored samples under src/test/resources/events are these, written. */
final class EventSamples {

    static final String CUSTOMER_ID = "0193a5b4-7c1e-7d2a-9f00-5a1b2c3d4e5f";
    static final Instant TIME = Instant.parse("2026-11-23T10:15:30.123Z");

    private EventSamples() {
    }

    static Object payloadOf(EventType<?> type) {
        return switch (type.payloadType().getSimpleName()) {
            case "CustomerRegistered" -> new CustomerRegistered(CUSTOMER_ID, new ExternalRef("shop", "C-1001"),
                    CustomerKind.PERSON, attributes(), TIME);
            case "CustomerUpdated" -> new CustomerUpdated(CUSTOMER_ID, 3, attributes(), TIME);
            case "ConsentChanged" -> new ConsentChanged(CUSTOMER_ID, ConsentPurpose.PROFILING, ConsentStatus.WITHDRAWN,
                    "crm", "privacy-2026-01", TIME);
            case "CustomerErased" -> new CustomerErased(CUSTOMER_ID, TIME);
            case "PurchaseRecorded" -> new PurchaseRecorded("shop:O-77", CUSTOMER_ID, new BigDecimal("49.90"), "EUR",
                    TIME, "WEB", "books", "spring-campaign");
            case "ValuesProfileScored" -> new ValuesProfileScored(CUSTOMER_ID, "resp-1", "survey-1", "pvq-21@1",
                    new ValueScores(tenValues(4.5), tenValues(0.25)),
                    new ValueScores(Map.of("OPENNESS_TO_CHANGE", 4.5), Map.of("OPENNESS_TO_CHANGE", 0.25)),
                    4.25, new ResponseQuality(21, 0, false, false, false), TIME);
            case "SegmentationRunCompleted" -> new SegmentationRunCompleted("run-1", "seg-1", RunStatus.SUCCEEDED, 2,
                    segments(), null, TIME);
            case "SegmentationActivated" -> new SegmentationActivated("seg-1", "run-1", segments(), TIME);
            case "CustomerSegmentAssigned" -> new CustomerSegmentAssigned(CUSTOMER_ID, "seg-1", "run-1", "segment-a",
                    "Open to change", 0.42, TIME);
            case "SegmentValuated" -> new SegmentValuated("val-1", "seg-1", "run-1", "segment-a", 1200,
                    new BigDecimal("125000.00"), 0.61, new BigDecimal("310.50"), new BigDecimal("372600.00"), 0.18,
                    0.83, "EUR", TIME);
            default -> throw new IllegalArgumentException("no sample for " + type.name());
        };
    }

    static CloudEvent eventOf(EventType<?> type) {
        return wrap(new EventCodec(), type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static CloudEvent wrap(EventCodec codec, EventType type) {
        return codec.wrap(type, "evt-" + type.payloadType().getSimpleName(), "/motiv/sample", CUSTOMER_ID, TIME,
                payloadOf(type));
    }

    private static CustomerAttributes attributes() {
        return new CustomerAttributes("35-44", "FEMALE", "MIDDLE", "TERTIARY", "MARRIED", 3, "DE", "Bavaria", "URBAN",
                null, null, null, null, "WEB", "HIGH");
    }

    private static Map<String, Double> tenValues(double score) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (SchwartzValue value : SchwartzValue.values()) {
            scores.put(value.name(), score);
        }
        return scores;
    }

    private static List<SegmentSummary> segments() {
        return List.of(new SegmentSummary("segment-a", "Open to change", 1200, 0.6),
                new SegmentSummary("segment-b", "Conservation", 800, 0.4));
    }
}
