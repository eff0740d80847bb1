package io.motiv.segmentation.features.model;

import java.util.UUID;

/**
 * The customers a run clusters, in customer-id order (so the same data gives the same rows), with their chosen
 * features in original units as one row-major array, and who was left out and why.
 */
public record Population(UUID[] customers, double[] values, int columns, Counts counts) {

    public int rows() {
        return customers.length;
    }

    /**
     * @param known customers the chosen feature groups or consent records know about
     * @param withoutConsent known customers without PROFILING consent (never given, denied or withdrawn)
     * @param missingFeatures consenting customers lacking a chosen feature group (or a one-hot/ordinal attribute)
     * @param flaggedResponses consenting customers whose latest values answer was flagged for quality, when excluded
     * @param included the rows of the run
     */
    public record Counts(long known, long withoutConsent, long missingFeatures, long flaggedResponses, long included) {
    }
}
