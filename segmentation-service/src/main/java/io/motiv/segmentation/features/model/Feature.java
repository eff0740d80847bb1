package io.motiv.segmentation.features.model;

/**
 * One column a segmentation can cluster on, parsed from its public name:
 * {@code value.POWER}, {@code higherOrder.SELF_TRANSCENDENCE}, {@code behaviour.frequency},
 * {@code demographic.householdSize} (numeric), {@code demographic.ageBand} (ordinal),
 * {@code demographic.gender=FEMALE} (one-hot: 1 when the attribute has that value, else 0).
 */
public record Feature(String name, FeatureGroup group, Kind kind, String key, String category) {

    public enum Kind { VALUE, HIGHER_ORDER, BEHAVIOUR, NUMERIC, ORDINAL, ONE_HOT }
}
