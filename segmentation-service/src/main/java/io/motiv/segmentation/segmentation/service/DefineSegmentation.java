package io.motiv.segmentation.segmentation.service;

import io.motiv.segmentation.features.model.FeaturePreset;
import io.motiv.segmentation.features.model.FeatureWeight;

import java.util.List;

/** What an analyst asks for: a preset or named features with weights (not both), and the guardrails. */
public record DefineSegmentation(String name, String description, FeaturePreset featureSet,
                                 List<FeatureWeight> features, Double minSegmentShare, Boolean excludeFlaggedResponses) {
}
