package io.motiv.segmentation.clustering;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BootstrapStabilityTest {

    private static final KMeansEngine ENGINE = new KMeansEngine();
    private static final BootstrapStability STABILITY = new BootstrapStability(ENGINE);

    @Test
    void shouldFindWellSeparatedClustersStable() {
        Blobs blobs = Blobs.generate(4, 100, 5, 10, 1.0, 14);
        KMeansOptions options = KMeansOptions.of(4, 1).withRestarts(3);
        int[] reference = ENGINE.fit(blobs.data(), options).labels();

        StabilityReport report = STABILITY.assess(blobs.data(), reference, options, 10, 2);

        assertThat(report.replicates()).isEqualTo(10);
        assertThat(report.replicateAri()).hasSize(10);
        assertThat(report.meanAri()).isGreaterThan(0.99);
        assertThat(report.minimumAri()).isGreaterThan(0.95);
        assertThat(report.maximumAri()).isEqualTo(1.0);
        assertThat(report.standardDeviation()).isLessThan(0.02);
    }

    @Test
    void shouldFindClustersCutOutOfStructurelessDataLessStable() {
        // One round Gaussian cloud in 6 dimensions cut into 6 pieces: the cut follows the sample.
        Random random = new Random(9);
        double[] values = new double[600 * 6];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        FeatureMatrix cloud = FeatureMatrix.wrap(600, 6, values);
        KMeansOptions options = KMeansOptions.of(6, 1).withRestarts(3);
        int[] reference = ENGINE.fit(cloud, options).labels();

        StabilityReport report = STABILITY.assess(cloud, reference, options, 10, 2);

        assertThat(report.meanAri()).isLessThan(0.9);
        assertThat(report.standardDeviation()).isGreaterThan(0.02);
    }

    @Test
    void shouldBeReproducibleFromTheSeed() {
        Blobs blobs = Blobs.generate(3, 80, 2, 2, 1.0, 15);
        KMeansOptions options = KMeansOptions.of(3, 1).withRestarts(2);
        int[] reference = ENGINE.fit(blobs.data(), options).labels();

        StabilityReport first = STABILITY.assess(blobs.data(), reference, options, 5, 77);
        StabilityReport second = STABILITY.assess(blobs.data(), reference, options, 5, 77);

        assertThat(second.replicateAri()).isEqualTo(first.replicateAri());
        assertThat(second.meanAri()).isEqualTo(first.meanAri());
    }

    @Test
    void shouldRejectBadArguments() {
        FeatureMatrix data = FeatureMatrix.of(4, 1, new double[] {1, 2, 3, 4});
        KMeansOptions options = KMeansOptions.of(2, 0);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> STABILITY.assess(data, new int[] {0, 0, 1, 1}, options, 0, 1))
                .withMessage("replicates must be at least 1, got 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> STABILITY.assess(data, new int[] {0, 1}, options, 3, 1))
                .withMessage("need one reference label per row: 4 rows, 2 labels");
    }
}
