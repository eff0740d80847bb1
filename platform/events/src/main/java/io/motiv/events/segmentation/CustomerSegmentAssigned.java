package io.motiv.events.segmentation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;

/**
 * A customer's segment in a segmentation. A tag from a newer run replaces one from an older run.
 *
 * @param distance distance to the segment's centroid in standardised feature space, when the algorithm has one
 */
public record CustomerSegmentAssigned(
        @JsonProperty(required = true) String customerId,
        @JsonProperty(required = true) String segmentationId,
        @JsonProperty(required = true) String runId,
        @JsonProperty(required = true) String segmentId,
        String segmentLabel,
        Double distance,
        @JsonProperty(required = true) Instant assignedAt) {
}
