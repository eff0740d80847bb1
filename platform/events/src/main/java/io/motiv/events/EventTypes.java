package io.motiv.events;

import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.CustomerErased;
import io.motiv.events.profile.CustomerRegistered;
import io.motiv.events.profile.CustomerUpdated;
import io.motiv.events.profile.PurchaseRecorded;
import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.events.segmentation.SegmentationActivated;
import io.motiv.events.segmentation.SegmentationRunCompleted;
import io.motiv.events.survey.ValuesProfileScored;
import io.motiv.events.valuation.SegmentValuated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type of the platform (see docs/events.md). */
public final class EventTypes {

    public static final EventType<CustomerRegistered> CUSTOMER_REGISTERED =
            EventType.of("profile", CustomerRegistered.class, Topics.CUSTOMER_EVENTS);
    public static final EventType<CustomerUpdated> CUSTOMER_UPDATED =
            EventType.of("profile", CustomerUpdated.class, Topics.CUSTOMER_EVENTS);
    public static final EventType<ConsentChanged> CONSENT_CHANGED =
            EventType.of("profile", ConsentChanged.class, Topics.CUSTOMER_EVENTS);
    public static final EventType<CustomerErased> CUSTOMER_ERASED =
            EventType.of("profile", CustomerErased.class, Topics.CUSTOMER_EVENTS);
    public static final EventType<PurchaseRecorded> PURCHASE_RECORDED =
            EventType.of("profile", PurchaseRecorded.class, Topics.PURCHASE_EVENTS);
    public static final EventType<ValuesProfileScored> VALUES_PROFILE_SCORED =
            EventType.of("survey", ValuesProfileScored.class, Topics.VALUES_EVENTS);
    /** Keyed by run id. */
    public static final EventType<SegmentationRunCompleted> SEGMENTATION_RUN_COMPLETED =
            EventType.of("segmentation", SegmentationRunCompleted.class, Topics.SEGMENTATION_EVENTS);
    /** Keyed by segmentation id. */
    public static final EventType<SegmentationActivated> SEGMENTATION_ACTIVATED =
            EventType.of("segmentation", SegmentationActivated.class, Topics.SEGMENTATION_EVENTS);
    public static final EventType<CustomerSegmentAssigned> CUSTOMER_SEGMENT_ASSIGNED =
            EventType.of("segmentation", CustomerSegmentAssigned.class, Topics.SEGMENTATION_EVENTS);
    /** Keyed by segment id. */
    public static final EventType<SegmentValuated> SEGMENT_VALUATED =
            EventType.of("valuation", SegmentValuated.class, Topics.VALUATION_EVENTS);

    public static final List<EventType<?>> ALL = List.of(CUSTOMER_REGISTERED, CUSTOMER_UPDATED, CONSENT_CHANGED,
            CUSTOMER_ERASED, PURCHASE_RECORDED, VALUES_PROFILE_SCORED, SEGMENTATION_RUN_COMPLETED,
            SEGMENTATION_ACTIVATED, CUSTOMER_SEGMENT_ASSIGNED, SEGMENT_VALUATED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventTypes() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
