package io.motiv.events.segmentation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.util.List;

/** Keyed by segmentation id. The run's segments become the segmentation's current ones; tags follow per customer. */
public record SegmentationActivated(
        @JsonProperty(required = true) String segmentationId,
        @JsonProperty(required = true) String runId,
        @JsonProperty(required = true) List<SegmentSummary> segments,
        @JsonProperty(required = true) Instant activatedAt) {
}
