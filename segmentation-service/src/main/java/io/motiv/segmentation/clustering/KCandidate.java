package io.motiv.segmentation.clustering;

/**
 * The diagnostics of one k in a {@link KSelection}.
 *
 * @param k the number of clusters
 * @param fit the k-means fit (best of the restarts)
 * @param silhouette the mean silhouette width, higher is better (see {@link Silhouette})
 * @param calinskiHarabasz the Calinski-Harabasz index, higher is better
 * @param daviesBouldin the Davies-Bouldin index, lower is better
 * @param smallestSegmentShare the share of rows in the smallest cluster
 * @param eligible whether this k passes the minimum-segment-share guardrail
 * @param exclusion why it does not, or an empty string
 */
public record KCandidate(int k, KMeansResult fit, Silhouette.Score silhouette, double calinskiHarabasz,
                         double daviesBouldin, double smallestSegmentShare, boolean eligible, String exclusion) {

    /** The within-cluster sum of squares of the fit. */
    public double inertia() {
        return fit.inertia();
    }
}
