package io.motiv.events.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A customer's identifier in a source system (CRM, shop, survey tool); unique per source. */
public record ExternalRef(
        @JsonProperty(required = true) String source,
        @JsonProperty(required = true) String ref) {
}
