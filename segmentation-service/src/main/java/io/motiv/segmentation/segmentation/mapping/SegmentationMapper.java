package io.motiv.segmentation.segmentation.mapping;

import io.motiv.segmentation.features.model.FeatureWeight;
import io.motiv.segmentation.segmentation.Segmentation;
import io.motiv.segmentation.segmentation.api.graphql.DefineSegmentationInput;
import io.motiv.segmentation.segmentation.api.graphql.SegmentationView;
import io.motiv.segmentation.segmentation.service.DefineSegmentation;

public final class SegmentationMapper {

    private SegmentationMapper() {
    }

    public static SegmentationView toView(Segmentation segmentation) {
        return segmentation == null ? null : new SegmentationView(segmentation.id().toString(), segmentation.name(),
                segmentation.description(), segmentation.features(), segmentation.minSegmentShare(),
                segmentation.excludeFlaggedResponses(),
                segmentation.activeRunId() == null ? null : segmentation.activeRunId().toString(),
                segmentation.activatedAt(), segmentation.createdAt());
    }

    public static DefineSegmentation toCommand(DefineSegmentationInput input) {
        return new DefineSegmentation(input.name(), input.description(), input.featureSet(),
                input.features() == null ? null : input.features().stream()
                        .map(feature -> new FeatureWeight(feature.name(), feature.weight() == null ? 1.0 : feature.weight()))
                        .toList(),
                input.minSegmentShare(), input.excludeFlaggedResponses());
    }
}
