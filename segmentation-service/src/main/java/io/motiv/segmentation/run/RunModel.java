package io.motiv.segmentation.run;

import io.motiv.segmentation.features.model.FeatureWeight;

import java.time.Instant;
import java.util.List;

/**
 * What it takes to place a new customer in a run's segments the way the run placed its population: the features
 * and weights, the population's means and standard deviations (z-scores), and the centroids in weighted z-space.
 *
 * @param asOf the instant recency and tenure were measured at
 */
public record RunModel(List<FeatureWeight> features, double[] means, double[] standardDeviations,
                       double[][] centroids, boolean excludeFlaggedResponses, Instant asOf) {

    /** The customer's row (original units) mapped to the run's clustering space. */
    public double[] toClusteringSpace(double[] row) {
        double[] z = new double[row.length];
        for (int j = 0; j < row.length; j++) {
            double sd = standardDeviations[j];
            z[j] = (sd > 0 ? (row[j] - means[j]) / sd : 0) * features.get(j).weight();
        }
        return z;
    }

    /** A centroid in the features' original units. */
    public double[] toOriginalUnits(double[] centroid) {
        double[] original = new double[centroid.length];
        for (int j = 0; j < centroid.length; j++) {
            original[j] = centroid[j] / features.get(j).weight() * standardDeviations[j] + means[j];
        }
        return original;
    }

}
