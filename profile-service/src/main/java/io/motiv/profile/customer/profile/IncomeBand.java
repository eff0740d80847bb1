package io.motiv.profile.customer.profile;

public enum IncomeBand {
    LOW,
    LOWER_MIDDLE,
    MIDDLE,
    UPPER_MIDDLE,
    HIGH
}
