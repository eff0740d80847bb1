package io.motiv.segmentation.clustering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

/**
 * Cross-check against scikit-learn 1.2.1 (Debian python3-sklearn, numpy 1.24.2). The dataset and every reference
 * number below were produced by this script, run with {@code /usr/bin/python3 fixture.py}; the data are rounded to
 * 3 decimals so that both sides read exactly the same values:
 * <pre>
 * import numpy as np
 * from sklearn.datasets import make_blobs
 * from sklearn.cluster import KMeans
 * from sklearn.metrics import silhouette_score, calinski_harabasz_score, davies_bouldin_score, adjusted_rand_score
 * X, y = make_blobs(n_samples=90, n_features=3, centers=4, cluster_std=1.6, center_box=(-6, 6), random_state=7)
 * X = np.round(X, 3)
 * print(silhouette_score(X, y), calinski_harabasz_score(X, y), davies_bouldin_score(X, y))
 * for k in (3, 4, 5):
 *     km = KMeans(n_clusters=k, n_init=100, random_state=0, algorithm="lloyd", tol=0, max_iter=1000).fit(X)
 *     l = km.labels_
 *     print(km.inertia_, silhouette_score(X, l), calinski_harabasz_score(X, l), davies_bouldin_score(X, l),
 *           adjusted_rand_score(y, l), l)
 * </pre>
 * The Maven build does not need Python: the numbers are constants here.
 */
class SklearnCrossCheckTest {

    private static final double[] DATA = {
            -3.368, 0.717, 0.118,   4.371, 6.641, -1.512,   -2.745, 6.185, -1.266,
            1.761, -2.392, -5.269,   1.275, -4.655, -1.482,   2.227, 2.950, 2.487,
            1.227, -3.205, -1.210,   -5.236, 5.268, -1.329,   2.560, 6.986, 1.244,
            -6.764, 2.879, -2.627,   1.604, 5.646, 4.078,   -0.943, 1.978, 1.403,
            1.695, 5.156, -0.372,   -8.387, 2.300, -2.666,   -3.044, -4.117, -1.277,
            -0.163, 6.783, 1.893,   -4.922, 3.763, -0.951,   3.017, 4.011, -2.470,
            0.099, 1.325, 4.140,   -0.494, -4.186, -3.258,   3.346, 4.258, 0.148,
            -0.365, 0.487, 3.681,   -0.132, -3.609, -4.283,   -0.750, 0.557, 3.614,
            -0.696, -5.411, -4.598,   -3.739, 3.071, 0.170,   -2.688, 2.907, -0.565,
            -4.471, 6.955, -0.308,   -2.783, 5.764, -1.079,   0.061, 1.839, 4.593,
            0.249, -7.829, -1.155,   -0.269, 1.783, 3.348,   1.949, 5.275, 0.942,
            5.129, 6.807, 1.340,   0.451, -6.334, -1.047,   0.284, 4.935, 3.294,
            -2.293, -7.285, -3.357,   -2.106, -4.071, -3.544,   1.148, 1.948, 2.814,
            -3.405, 2.693, -1.927,   -1.286, -6.443, -2.471,   -0.683, -1.538, 5.090,
            0.966, 3.648, 2.735,   -3.041, 4.191, 3.676,   1.858, 5.298, -0.856,
            4.964, 5.987, 3.210,   -0.842, 2.606, 3.432,   0.759, 1.234, 2.697,
            1.645, 8.532, -0.163,   -5.579, 1.063, 0.064,   1.832, 3.941, -1.528,
            2.823, 3.597, -2.661,   -6.085, 3.085, 0.069,   3.261, 7.279, 0.916,
            -7.405, 2.711, -4.400,   -5.924, 6.418, -0.359,   1.556, 2.306, 4.279,
            -7.527, 6.000, -0.492,   0.200, -8.101, -4.971,   0.373, 6.514, -0.449,
            1.328, 6.755, 0.671,   -6.289, 0.626, -3.624,   4.072, 5.188, -0.293,
            1.873, 3.983, 3.089,   -5.704, 6.606, -0.812,   -1.101, -4.203, -4.492,
            -8.134, 3.200, 1.980,   -5.698, 1.935, -2.649,   -1.473, -4.477, 0.197,
            -4.197, 3.557, -0.300,   0.700, 2.247, 5.206,   1.183, -5.549, -0.958,
            1.004, 4.142, 4.947,   0.630, -4.654, -0.828,   1.298, 6.335, 1.088,
            1.736, 5.256, 2.537,   -0.197, -3.598, -1.881,   -1.278, -8.420, 0.523,
            -4.553, 4.535, -1.048,   1.177, 0.274, 5.706,   2.974, 5.771, -0.225,
            3.764, 5.716, 0.341,   -2.382, -4.373, -0.999,   -0.436, -7.593, -2.756,
            1.091, 0.966, 3.565,   -2.826, 2.754, 5.981,   -5.502, 2.971, -3.064,
            3.279, 4.598, 1.256,   -0.807, 3.173, 3.624,   -2.856, -5.446, -1.663,
    };

    /** make_blobs' y. */
    private static final int[] TRUTH = {
            0, 1, 0, 2, 2, 3, 2, 0, 1, 0, 1, 3, 1, 0, 2, 1, 0, 1, 3, 2, 1, 3, 2, 3, 2, 0, 0, 0, 0, 3, 2, 3, 1,
            1, 2, 3, 2, 2, 3, 0, 2, 3, 3, 3, 1, 1, 3, 3, 1, 0, 1, 1, 0, 1, 0, 0, 3, 0, 2, 1, 1, 0, 1, 3, 0, 2,
            0, 0, 2, 0, 3, 2, 3, 2, 1, 1, 2, 2, 0, 3, 1, 1, 2, 2, 3, 3, 0, 1, 3, 2
    };

    private static final FeatureMatrix X = FeatureMatrix.of(90, 3, DATA);

    private static final Reference TRUTH_REFERENCE = new Reference(Double.NaN, 0.5115800071924741, 130.614011328876,
            0.681006467269638, 1.0, TRUTH);

    private static final Reference K3 = new Reference(943.7146490651735, 0.5081055488450824, 110.90736207075668,
            0.7428998225636998, 0.707425605778118, new int[] {
            2, 0, 2, 1, 1, 0, 1, 2, 0, 2, 0, 0, 0, 2, 1, 0, 2, 0, 0, 1, 0, 0, 1, 0, 1, 2, 2, 2, 2, 0, 1, 0, 0,
            0, 1, 0, 1, 1, 0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 2, 0, 2, 2, 0, 2, 1, 0, 0, 2, 0, 0, 2, 1,
            2, 2, 1, 2, 0, 1, 0, 1, 0, 0, 1, 1, 2, 0, 0, 0, 1, 1, 0, 0, 2, 0, 0, 1
    });

    private static final Reference K4 = new Reference(601.5227890039525, 0.5143640148303507, 130.97437544017927,
            0.6826057634839207, 0.9700287364923519, new int[] {
            2, 0, 2, 1, 1, 3, 1, 2, 0, 2, 3, 3, 0, 2, 1, 0, 2, 0, 3, 1, 0, 3, 1, 3, 1, 2, 2, 2, 2, 3, 1, 3, 0,
            0, 1, 3, 1, 1, 3, 2, 1, 3, 3, 3, 0, 0, 3, 3, 0, 2, 0, 0, 2, 0, 2, 2, 3, 2, 1, 0, 0, 2, 0, 3, 2, 1,
            2, 2, 1, 2, 3, 1, 3, 1, 0, 0, 1, 1, 2, 3, 0, 0, 1, 1, 3, 3, 2, 0, 3, 1
    });

    private static final Reference K5 = new Reference(534.4518987996737, 0.4544655085067495, 111.93942777907648,
            0.9056407013663739, 0.8788294158077559, new int[] {
            2, 1, 4, 0, 0, 3, 0, 4, 1, 2, 3, 3, 1, 2, 0, 1, 4, 1, 3, 0, 1, 3, 0, 3, 0, 4, 4, 4, 4, 3, 0, 3, 1,
            1, 0, 3, 0, 0, 3, 2, 0, 3, 3, 3, 1, 1, 3, 3, 1, 2, 1, 1, 4, 1, 2, 4, 3, 4, 0, 1, 1, 2, 1, 3, 4, 0,
            4, 2, 0, 4, 3, 0, 3, 0, 1, 1, 0, 0, 4, 3, 1, 1, 0, 0, 3, 3, 2, 1, 3, 0
    });

    @Test
    void shouldScoreTheTrueLabelsAsScikitLearnDoes() {
        assertMetrics(TRUTH_REFERENCE, TRUTH);
    }

    @Test
    void shouldScoreScikitLearnsClusteringsAsScikitLearnDoes() {
        for (Reference reference : new Reference[] {K3, K4, K5}) {
            assertMetrics(reference, reference.labels());
        }
    }

    @Test
    void shouldFindTheSameClusteringsAsScikitLearnsKMeans() {
        KMeansEngine engine = new KMeansEngine();
        int k = 3;
        for (Reference reference : new Reference[] {K3, K4, K5}) {
            KMeansResult fit = engine.fit(X, KMeansOptions.of(k, 1).withRestarts(20).withTolerance(0));

            assertThat(fit.inertia()).as("k = %d", k).isCloseTo(reference.inertia(), withinPercentage(1e-10));
            assertThat(AdjustedRandIndex.between(fit.labels(), reference.labels())).as("k = %d", k).isEqualTo(1.0);
            assertMetrics(reference, fit.labels());
            k++;
        }
    }

    private static void assertMetrics(Reference reference, int[] labels) {
        assertThat(Silhouette.exact(X, labels).mean()).isCloseTo(reference.silhouette(), withinPercentage(1e-10));
        assertThat(Silhouette.score(X, labels, 1000, 5).mean()).isCloseTo(reference.silhouette(),
                withinPercentage(1e-10));
        assertThat(CalinskiHarabasz.score(X, labels)).isCloseTo(reference.calinskiHarabasz(),
                withinPercentage(1e-10));
        assertThat(DaviesBouldin.score(X, labels)).isCloseTo(reference.daviesBouldin(), withinPercentage(1e-10));
        assertThat(AdjustedRandIndex.between(TRUTH, labels)).isCloseTo(reference.adjustedRandIndexWithTruth(),
                withinPercentage(1e-10));
    }

    private record Reference(double inertia, double silhouette, double calinskiHarabasz, double daviesBouldin,
                             double adjustedRandIndexWithTruth, int[] labels) {
    }
}
