package io.motiv.segmentation.clustering;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class StandardizerTest {

    @Test
    void shouldUsePopulationMeanAndSampleStandardDeviation() {
        FeatureMatrix data = FeatureMatrix.fromRows(new double[][] {{1, 10}, {2, 10}, {3, 40}, {4, 20}});

        Standardizer standardizer = Standardizer.fit(data);

        // column 0: mean 2.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, sd = sqrt(5 / 3)
        // column 1: mean 20, squared deviations 100 + 100 + 400 + 0 = 600, sd = sqrt(200)
        assertThat(standardizer.means()).containsExactly(2.5, 20);
        assertThat(standardizer.standardDeviations()[0]).isCloseTo(Math.sqrt(5.0 / 3), within(1e-15));
        assertThat(standardizer.standardDeviations()[1]).isCloseTo(Math.sqrt(200), within(1e-13));
        FeatureMatrix z = standardizer.transform(data);
        assertThat(z.get(0, 0)).isCloseTo(-1.5 / Math.sqrt(5.0 / 3), within(1e-15));
        assertThat(z.get(2, 1)).isCloseTo(20 / Math.sqrt(200), within(1e-15));
        assertThat(standardizer.hasConstantColumns()).isFalse();
    }

    @Test
    void shouldGiveEveryColumnMeanZeroAndSampleVarianceOne() {
        Blobs blobs = Blobs.generate(3, 100, 4, 50, 7, 1);

        FeatureMatrix z = Standardizer.fit(blobs.data()).transform(blobs.data());

        Standardizer again = Standardizer.fit(z);
        for (int c = 0; c < 4; c++) {
            assertThat(again.means()[c]).isCloseTo(0, within(1e-14));
            assertThat(again.standardDeviations()[c]).isCloseTo(1, within(1e-14));
        }
    }

    @Test
    void shouldReportConstantColumnsInsteadOfDividingByZero() {
        // 0.1 three times: the computed mean is not exactly 0.1, yet the column must count as constant.
        FeatureMatrix data = FeatureMatrix.fromRows(new double[][] {{1, 0.1, 7}, {2, 0.1, 7}, {4, 0.1, 7}});

        Standardizer standardizer = Standardizer.fit(data);

        assertThat(standardizer.constantColumns()).containsExactly(1, 2);
        assertThat(standardizer.standardDeviations()[1]).isZero();
        assertThat(standardizer.means()[1]).isEqualTo(0.1);
        FeatureMatrix z = standardizer.transform(data);
        assertThat(z.get(0, 1)).isZero();
        assertThat(z.get(2, 2)).isZero();
        assertThat(standardizer.transform(new double[] {3, 5, 8})).containsExactly(
                (3 - 7.0 / 3) / standardizer.standardDeviations()[0], 0, 0);
    }

    @Test
    void shouldNameConstantFeaturesWhenTheCallerRejectsThem() {
        FeatureMatrix data = FeatureMatrix.fromRows(new double[][] {{1, 3, 0}, {2, 3, 0}});
        Standardizer standardizer = Standardizer.fit(data);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> standardizer.requireNoConstantColumns(List.of("age", "tenure", "churned")))
                .withMessageStartingWith("features 'tenure' (always 3.0), 'churned' (always 0.0) are constant");
        Standardizer.fit(FeatureMatrix.fromRows(new double[][] {{1, 3}, {2, 4}}))
                .requireNoConstantColumns(List.of("age", "tenure"));
    }

    @Test
    void shouldMapCentroidsBackToOriginalUnits() {
        FeatureMatrix data = FeatureMatrix.fromRows(new double[][] {{1, 100}, {2, 300}, {6, 200}});
        Standardizer standardizer = Standardizer.fit(data);

        double[] z = standardizer.transform(data).row(2);

        assertThat(standardizer.toOriginalUnits(z)[0]).isCloseTo(6, within(1e-14));
        assertThat(standardizer.toOriginalUnits(z)[1]).isCloseTo(200, within(1e-12));
    }

    @Test
    void shouldRejectASingleRowAndMismatchedColumns() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Standardizer.fit(FeatureMatrix.of(1, 2, new double[] {1, 2})))
                .withMessageContaining("at least 2 rows");
        Standardizer standardizer = Standardizer.fit(FeatureMatrix.of(2, 2, new double[] {1, 2, 3, 4}));
        assertThatIllegalArgumentException().isThrownBy(() -> standardizer.transform(new double[] {1}))
                .withMessage("expected 2 columns, got 1");
        assertThatIllegalArgumentException().isThrownBy(() -> standardizer.transform(new double[] {1, Double.NaN}))
                .withMessageContaining("column 1 is NaN");
        assertThatIllegalArgumentException().isThrownBy(() -> standardizer.requireNoConstantColumns(List.of("a")))
                .withMessage("expected 2 feature names, got 1");
    }
}
