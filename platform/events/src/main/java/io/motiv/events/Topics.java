package io.motiv.events;

/** Kafka topic names. Records are keyed by the event's subject, so all events about one customer keep their order. */
public final class Topics {

    public static final String CUSTOMER_EVENTS = "customer-events";
    public static final String PURCHASE_EVENTS = "purchase-events";
    public static final String VALUES_EVENTS = "values-events";
    public static final String SEGMENTATION_EVENTS = "segmentation-events";
    public static final String VALUATION_EVENTS = "valuation-events";

    private Topics() {
    }

    /** Where a consumer group parks the messages it could not process, with the reason in a header. */
    public static String deadLetter(String consumerGroup) {
        return "dead-letter." + consumerGroup;
    }
}
