package io.motiv.segmentation.segmentation;

import io.motiv.segmentation.features.model.FeatureWeight;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A segmentation: the features (and weights) its runs cluster on, and which run's segments are current.
 *
 * @param minSegmentShare the smallest segment share a recommended k may have (guardrail against over-segmentation)
 * @param excludeFlaggedResponses leave out customers whose latest values answer was flagged for quality
 */
public record Segmentation(UUID id, String name, String description, List<FeatureWeight> features,
                           double minSegmentShare, boolean excludeFlaggedResponses, UUID activeRunId,
                           Instant activatedAt, Instant createdAt) {
}
