package io.motiv.segmentation.features.model;

import org.eclipse.microprofile.graphql.Name;
/** A chosen feature and its weight: its standardised column is multiplied by the weight before clustering. */
@Name("FeatureWeight")
public record FeatureWeight(String name, double weight) {
}
