package io.motiv.profile.customer.profile;

public enum Urbanity {
    URBAN,
    SUBURBAN,
    RURAL
}
