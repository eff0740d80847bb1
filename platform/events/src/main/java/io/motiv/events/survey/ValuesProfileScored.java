package io.motiv.events.survey;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * @param instrument the instrument's code and version, e.g. "pvq-21@1"
 * @param values the ten values and custom dimensions
 * @param higherOrder the four higher-order values (means of their member values)
 * @param mrat the respondent's mean rating over all answered items
 */
public record ValuesProfileScored(
        @JsonProperty(required = true) String customerId,
        @JsonProperty(required = true) String responseId,
        @JsonProperty(required = true) String surveyId,
        @JsonProperty(required = true) String instrument,
        @JsonProperty(required = true) ValueScores values,
        @JsonProperty(required = true) ValueScores higherOrder,
        @JsonProperty(required = true) double mrat,
        @JsonProperty(required = true) ResponseQuality quality,
        @JsonProperty(required = true) Instant answeredAt) {
}
