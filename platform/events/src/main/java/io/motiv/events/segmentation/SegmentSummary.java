package io.motiv.events.segmentation;

import com.fasterxml.jackson.annotation.JsonProperty;

public record SegmentSummary(
        @JsonProperty(required = true) String segmentId,
        String label,
        @JsonProperty(required = true) long size,
        @JsonProperty(required = true) double share) {
}
