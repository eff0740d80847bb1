package io.motiv.profile.customer.profile;

public enum MaritalStatus {
    SINGLE,
    PARTNERED,
    MARRIED,
    DIVORCED,
    WIDOWED
}
