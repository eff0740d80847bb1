package io.motiv.segmentation.run.service;

import io.motiv.segmentation.run.RunReport;

import java.util.List;

/**
 * A run's solution: each row's segment (0..k-1) and distance to its centroid in the clustering space, the centroids
 * in that space, the population's column means and standard deviations, and how k was chosen.
 */
public record Clustering(int k, int[] labels, float[] distances, double[][] centroids, double[] means,
                         double[] standardDeviations, List<RunReport.Candidate> candidates, Integer recommendedK,
                         String rule, RunReport.Stability stability, List<String> warnings) {
}
