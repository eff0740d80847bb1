package io.motiv.events.survey;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Map;

/**
 * Scores keyed by dimension: the ten {@link SchwartzValue} names, the four {@link HigherOrderValue} names, and any
 * custom dimension an instrument adds (its own code).
 *
 * @param raw mean of the dimension's answered items, after reverse coding, on the instrument's scale
 * @param centred raw minus the respondent's MRAT
 */
public record ValueScores(
        @JsonProperty(required = true) Map<String, Double> raw,
        @JsonProperty(required = true) Map<String, Double> centred) {
}
