package io.motiv.segmentation.run;

import org.eclipse.microprofile.graphql.Name;

@Name("ClusteringAlgorithm")
public enum Algorithm {
    /** k-means++ seeding, best of N restarts; a k range is chosen by silhouette with the minimum-share guardrail. */
    K_MEANS,
    /** Gaussian mixture (Smile, expectation-maximisation); a k range is chosen by BIC. */
    GAUSSIAN_MIXTURE,
    /** X-means (Pelleg &amp; Moore 2000, Smile): splits clusters while BIC improves, up to kMax. */
    X_MEANS,
    /** G-means (Hamerly &amp; Elkan 2003, Smile): splits clusters until each looks Gaussian, up to kMax. */
    G_MEANS
}
