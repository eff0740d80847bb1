package io.motiv.events.survey;

public enum HigherOrderValue {
    OPENNESS_TO_CHANGE,
    SELF_ENHANCEMENT,
    CONSERVATION,
    SELF_TRANSCENDENCE
}
