package io.motiv.events.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

public record CustomerRegistered(
        @JsonProperty(required = true) String customerId,
        @JsonProperty(required = true) ExternalRef externalRef,
        @JsonProperty(required = true) CustomerKind kind,
        CustomerAttributes attributes,
        @JsonProperty(required = true) Instant registeredAt) {
}
