package io.motiv.profile.tag;

import java.time.Instant;
import java.util.UUID;

/** A customer's current segment in one segmentation. */
public record SegmentTag(UUID customerId, String segmentationId, String runId, String segmentId, String segmentLabel,
                         Instant assignedAt) {
}
