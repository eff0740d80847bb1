package io.motiv.profile.customer.profile;

public enum CompanySizeBand {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE,
    ENTERPRISE
}
