package io.motiv.segmentation.segmentation.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("FeatureWeightInput")
public record FeatureWeightInput(
        @NonNull @Description("A name from segmentationFeatures, or demographic.<attribute>=<category>.") String name,
        @Description("Multiplies the feature's z-score before clustering, in (0, 100]; default 1.") Double weight) {
}
