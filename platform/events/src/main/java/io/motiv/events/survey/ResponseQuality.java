package io.motiv.events.survey;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Quality flags; a flagged profile is published but excluded from segmentation by default. */
public record ResponseQuality(
        @JsonProperty(required = true) int answeredItems,
        @JsonProperty(required = true) int missingItems,
        @JsonProperty(required = true) boolean tooManyMissing,
        @JsonProperty(required = true) boolean straightLining,
        @JsonProperty(required = true) boolean tooFast) {

    public boolean flagged() {
        return tooManyMissing || straightLining || tooFast;
    }
}
