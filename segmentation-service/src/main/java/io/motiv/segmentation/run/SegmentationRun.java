package io.motiv.segmentation.run;

import java.time.Instant;
import java.util.UUID;

/** A fit of a segmentation: a persisted job and, once it succeeded, its report and model. */
public record SegmentationRun(UUID id, UUID segmentationId, RunState status, Algorithm algorithm, int kMin, int kMax,
                              int restarts, long seed, double progress, String step, String reason,
                              boolean cancelRequested, int attempts, Integer k, RunReport report, RunModel model,
                              Instant createdAt, Instant startedAt, Instant finishedAt) {
}
