package io.motiv.segmentation.segmentation.mapping;

import io.motiv.segmentation.segmentation.Segmentation;
import io.motiv.segmentation.segmentation.api.graphql.SegmentationView;

public final class SegmentationMapper {

    private SegmentationMapper() {
    }

    public static SegmentationView toView(Segmentation segmentation) {
        return segmentation == null ? null : new SegmentationView(segmentation.id.toString(), segmentation.name, segmentation.createdAt);
    }
}
