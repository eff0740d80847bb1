package io.motiv.segmentation.clustering;

import java.util.Arrays;

/**
 * A k-means fit: the best of its restarts.
 *
 * @param labels the cluster of each row, 0..k-1: always its nearest centroid (lowest index on a tie), exactly what
 *     {@link KMeansEngine#assign} gives for the same rows
 * @param centroids k rows of d: the means of the clusters after the last update step. When the fit stopped on
 *     the iteration limit or the tolerance with points still moving, the final labels are the nearest-centroid
 *     assignment to these centroids and a few may differ from the labels the means were taken over (as in
 *     scikit-learn)
 * @param inertia the within-cluster sum of squares, sum over rows of the squared distance to its centroid
 * @param iterations Lloyd iterations of the kept restart
 * @param converged whether the kept restart met the stopping rule of {@link KMeansOptions#tolerance()} before its
 *     iteration limit
 * @param clusterSizes rows per cluster
 * @param restart the index (from 0) of the kept restart: the one with the lowest inertia, the first on a tie
 * @param restartInertias the final inertia of every restart, in order; how many reached the minimum hints at
 *     how hard the landscape is
 */
public record KMeansResult(int[] labels, double[][] centroids, double inertia, int iterations, boolean converged,
                           int[] clusterSizes, int restart, double[] restartInertias) {

    public KMeansResult {
        labels = labels.clone();
        centroids = deepCopy(centroids);
        clusterSizes = clusterSizes.clone();
        restartInertias = restartInertias.clone();
    }

    /** The number of clusters. */
    public int k() {
        return centroids.length;
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    /** The cluster of one row, without copying all labels. */
    public int label(int row) {
        return labels[row];
    }

    @Override
    public double[][] centroids() {
        return deepCopy(centroids);
    }

    @Override
    public int[] clusterSizes() {
        return clusterSizes.clone();
    }

    @Override
    public double[] restartInertias() {
        return restartInertias.clone();
    }

    /** The share of rows in the smallest cluster. */
    public double smallestClusterShare() {
        return (double) Arrays.stream(clusterSizes).min().orElse(0) / labels.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KMeansResult that && Arrays.equals(labels, that.labels)
                && Arrays.deepEquals(centroids, that.centroids) && Double.compare(inertia, that.inertia) == 0
                && iterations == that.iterations && converged == that.converged
                && Arrays.equals(clusterSizes, that.clusterSizes) && restart == that.restart
                && Arrays.equals(restartInertias, that.restartInertias);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(labels) + Arrays.deepHashCode(centroids);
    }

    @Override
    public String toString() {
        return "KMeansResult[k=" + centroids.length + ", n=" + labels.length + ", inertia=" + inertia + ", iterations="
                + iterations + ", converged=" + converged + ", clusterSizes=" + Arrays.toString(clusterSizes)
                + ", restart=" + restart + "]";
    }

    private static double[][] deepCopy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        return copy;
    }
}
