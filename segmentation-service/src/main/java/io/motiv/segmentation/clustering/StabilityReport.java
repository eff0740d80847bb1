package io.motiv.segmentation.clustering;

import java.util.Arrays;

/**
 * How stable a clustering is under bootstrap resampling ({@link BootstrapStability}).
 *
 * @param replicates B, the number of bootstrap fits
 * @param meanAri the mean adjusted Rand index between each bootstrap fit and the reference labels
 * @param standardDeviation the sample standard deviation of the B indices (0 when B = 1)
 * @param minimumAri the lowest of the B indices
 * @param maximumAri the highest of the B indices
 * @param replicateAri the B indices, in replicate order
 */
public record StabilityReport(int replicates, double meanAri, double standardDeviation, double minimumAri,
                              double maximumAri, double[] replicateAri) {

    public StabilityReport {
        replicateAri = replicateAri.clone();
    }

    @Override
    public double[] replicateAri() {
        return replicateAri.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StabilityReport that && Arrays.equals(replicateAri, that.replicateAri);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(replicateAri);
    }

    @Override
    public String toString() {
        return "StabilityReport[replicates=" + replicates + ", meanAri=" + meanAri + ", standardDeviation="
                + standardDeviation + ", minimumAri=" + minimumAri + ", maximumAri=" + maximumAri + "]";
    }
}
