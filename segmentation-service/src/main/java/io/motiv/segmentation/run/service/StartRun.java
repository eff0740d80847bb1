package io.motiv.segmentation.run.service;

import io.motiv.segmentation.run.Algorithm;

/** A request to fit a segmentation: a fixed k, or a range to choose from; seed and restarts for reproducibility. */
public record StartRun(String segmentationId, Integer k, Integer kMin, Integer kMax, Algorithm algorithm,
                       Integer restarts, Long seed) {
}
