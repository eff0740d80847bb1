package io.motiv.segmentation.segmentation.api.graphql;

import io.motiv.segmentation.features.model.FeaturePreset;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Input("DefineSegmentationInput")
public record DefineSegmentationInput(
        @NonNull String name,
        String description,
        @Description("A preset feature set; give this or features.") FeaturePreset featureSet,
        @Description("Named features with weights (see segmentationFeatures); give this or featureSet.") List<FeatureWeightInput> features,
        @Description("Default 0.03.") Double minSegmentShare,
        @Description("Default true.") Boolean excludeFlaggedResponses) {
}
