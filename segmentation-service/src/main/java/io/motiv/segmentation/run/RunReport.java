package io.motiv.segmentation.run;

import org.eclipse.microprofile.graphql.Name;
import java.util.List;

/**
 * What a run found and how it chose: who was clustered, the per-k diagnostics, the rule behind the chosen k and
 * the stability of the chosen solution.
 */
@Name("SegmentationRunReport")
public record RunReport(PopulationCounts population, List<Candidate> candidates, Integer recommendedK, String rule,
                        Stability stability, List<String> warnings, long durationMillis) {

    @Name("RunPopulation")
    public record PopulationCounts(long known, long withoutConsent, long missingFeatures, long flaggedResponses,
                                   long included) {
    }

    /** Diagnostics of one k; metrics a method does not produce are null (BIC for k-means, silhouette for none). */
    @Name("KCandidate")
    public record Candidate(int k, Double inertia, Double silhouette, Integer silhouetteSampleSize,
                            Double calinskiHarabasz, Double daviesBouldin, Double bic, double smallestSegmentShare,
                            boolean eligible, String exclusion) {
    }

    @Name("RunStability")
    /** @param rows the customers resampled in each replicate: all of them, or a seeded sample of a large population */
    public record Stability(int replicates, double meanAdjustedRandIndex, double standardDeviation,
                            double minimumAdjustedRandIndex, int rows) {
    }
}
