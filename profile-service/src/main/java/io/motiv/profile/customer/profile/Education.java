package io.motiv.profile.customer.profile;

public enum Education {
    PRIMARY,
    SECONDARY,
    VOCATIONAL,
    TERTIARY,
    POSTGRADUATE
}
