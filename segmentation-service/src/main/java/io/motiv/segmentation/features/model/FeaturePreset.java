package io.motiv.segmentation.features.model;

/** Feature sets analysts start from; any named subset is possible too. */
public enum FeaturePreset {
    /** The ten centred value scores. */
    VALUES,
    /** The four centred higher-order values. */
    HIGHER_ORDER,
    /** Recency, frequency, monetary value, tenure. */
    BEHAVIOUR,
    /** The ten values and the four behaviour features. */
    VALUES_AND_BEHAVIOUR
}
