package io.motiv.events.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/** Every consumer deletes or anonymises what it holds on this customer (GDPR art. 17). */
public record CustomerErased(
        @JsonProperty(required = true) String customerId,
        @JsonProperty(required = true) Instant erasedAt) {
}
