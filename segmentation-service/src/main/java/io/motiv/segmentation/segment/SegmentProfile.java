package io.motiv.segmentation.segment;

import org.eclipse.microprofile.graphql.Name;
import java.util.List;

/**
 * What sets a segment apart. Deviations are in population standard deviations (z), signed; the population is the
 * run's members.
 *
 * @param centroid the chosen features' segment means in original units
 * @param definingValues the values deviating most from the population, largest first
 * @param higherOrder the four higher-order values' deviations
 * @param behaviour RFM means of the members with purchases; null when none has any
 * @param demographicMix the most common categories per attribute
 */
@Name("SegmentProfile")
public record SegmentProfile(List<FeatureValue> centroid, List<Deviation> definingValues, List<Deviation> higherOrder,
                             Behaviour behaviour, List<AttributeMix> demographicMix) {

    @Name("SegmentFeatureValue")
    public record FeatureValue(String feature, double value) {
    }

    @Name("ValueDeviation")
    public record Deviation(String value, double mean, double deviation) {
    }

    /**
     * @param customers members with at least one purchase
     * @param frequencyDeviation the segment's mean frequency vs the population's, in standard deviations
     */
    @Name("SegmentBehaviour")
    public record Behaviour(long customers, double recencyDays, double frequency, double monetary, double tenureDays,
                            double recencyDeviation, double frequencyDeviation, double monetaryDeviation) {
    }

    @Name("AttributeMix")
    public record AttributeMix(String attribute, List<CategoryShare> categories) {
    }

    @Name("CategoryShare")
    public record CategoryShare(String category, long customers, double share) {
    }
}
