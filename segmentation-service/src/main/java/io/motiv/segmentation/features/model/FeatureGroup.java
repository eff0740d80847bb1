package io.motiv.segmentation.features.model;

/** Where a feature comes from; a customer missing any chosen group is left out of a run and counted. */
public enum FeatureGroup {
    /** Centred value and higher-order scores from values-events. */
    VALUES,
    /** Recency, frequency, monetary value and tenure from purchase-events. */
    BEHAVIOUR,
    /** Segmentable attributes from customer-events. */
    DEMOGRAPHIC
}
