package io.motiv.events.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * @param source where the decision was recorded (e.g. "web-signup", "crm")
 * @param legalTextVersion the version of the consent text the customer saw
 */
public record ConsentChanged(
        @JsonProperty(required = true) String customerId,
        @JsonProperty(required = true) ConsentPurpose purpose,
        @JsonProperty(required = true) ConsentStatus status,
        String source,
        String legalTextVersion,
        @JsonProperty(required = true) Instant changedAt) {
}
