package io.motiv.profile.customer.profile;

public enum EngagementLevel {
    LOW,
    MEDIUM,
    HIGH
}
