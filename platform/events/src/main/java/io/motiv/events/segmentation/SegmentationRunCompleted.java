package io.motiv.events.segmentation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/**
 * Keyed by run id.
 *
 * @param k the number of segments of the chosen solution; null unless the run succeeded
 * @param reason why the run failed or was cancelled
 */
public record SegmentationRunCompleted(
        @JsonProperty(required = true) String runId,
        @JsonProperty(required = true) String segmentationId,
        @JsonProperty(required = true) RunStatus status,
        Integer k,
        List<SegmentSummary> segments,
        String reason,
        @JsonProperty(required = true) Instant completedAt) {
}
