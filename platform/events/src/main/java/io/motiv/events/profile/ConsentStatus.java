package io.motiv.events.profile;

public enum ConsentStatus {
    GRANTED,
    DENIED,
    WITHDRAWN;

    public boolean permits() {
        return this == GRANTED;
    }
}
