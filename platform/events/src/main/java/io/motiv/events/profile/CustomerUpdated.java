package io.motiv.events.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * The customer's segmentable attributes after a change, in full (not a diff), so a consumer can apply the newest
 * version it sees and ignore an older one.
 *
 * @param version the profile's version after the change; increases with every change
 */
public record CustomerUpdated(
        @JsonProperty(required = true) String customerId,
        @JsonProperty(required = true) long version,
        CustomerAttributes attributes,
        @JsonProperty(required = true) Instant updatedAt) {
}
