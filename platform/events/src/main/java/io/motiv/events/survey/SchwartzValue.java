package io.motiv.events.survey;

/** Schwartz's ten basic values, and the higher-order value each belongs to. */
public enum SchwartzValue {
    SELF_DIRECTION(HigherOrderValue.OPENNESS_TO_CHANGE),
    STIMULATION(HigherOrderValue.OPENNESS_TO_CHANGE),
    HEDONISM(HigherOrderValue.OPENNESS_TO_CHANGE),
    ACHIEVEMENT(HigherOrderValue.SELF_ENHANCEMENT),
    POWER(HigherOrderValue.SELF_ENHANCEMENT),
    SECURITY(HigherOrderValue.CONSERVATION),
    CONFORMITY(HigherOrderValue.CONSERVATION),
    TRADITION(HigherOrderValue.CONSERVATION),
    BENEVOLENCE(HigherOrderValue.SELF_TRANSCENDENCE),
    UNIVERSALISM(HigherOrderValue.SELF_TRANSCENDENCE);

    private final HigherOrderValue higherOrder;

    SchwartzValue(HigherOrderValue higherOrder) {
        this.higherOrder = higherOrder;
    }

    public HigherOrderValue higherOrder() {
        return higherOrder;
    }
}
