package io.motiv.segmentation.segment;

import java.util.UUID;

/**
 * One segment of a run. {@code label} is generated from its profile; {@code name} is what an analyst renamed it to.
 */
public record Segment(UUID id, UUID runId, UUID segmentationId, int position, String label, String name, long size,
                      double share, SegmentProfile profile) {

    /** The name people see: the analyst's when there is one. */
    public String displayName() {
        return name != null ? name : label;
    }
}
