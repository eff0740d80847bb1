package io.motiv.events.profile;

public enum CustomerKind {
    PERSON,
    ORGANIZATION
}
