package io.motiv.segmentation.clustering;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FeatureMatrixTest {

    @Test
    void shouldStoreRowsContiguously() {
        FeatureMatrix matrix = FeatureMatrix.of(2, 3, new double[] {1, 2, 3, 4, 5, 6});

        assertThat(matrix.rows()).isEqualTo(2);
        assertThat(matrix.columns()).isEqualTo(3);
        assertThat(matrix.get(1, 0)).isEqualTo(4);
        assertThat(matrix.row(1)).containsExactly(4, 5, 6);
        assertThat(matrix.toRows()).isDeepEqualTo(new double[][] {{1, 2, 3}, {4, 5, 6}});
        assertThat(FeatureMatrix.fromRows(new double[][] {{1, 2, 3}, {4, 5, 6}}).toArray())
                .containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void shouldCopyTheValuesItIsBuiltFrom() {
        double[] values = {1, 2};
        FeatureMatrix matrix = FeatureMatrix.of(1, 2, values);

        values[0] = 99;
        matrix.toArray()[1] = 99;

        assertThat(matrix.row(0)).containsExactly(1, 2);
    }

    @Test
    void shouldRejectNaNNamingRowAndColumn() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FeatureMatrix.of(2, 3, new double[] {1, 2, 3, 4, Double.NaN, 6}))
                .withMessage("value at row 1, column 1 is NaN; every feature value must be finite");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FeatureMatrix.fromRows(new double[][] {{Double.NaN}}))
                .withMessageContaining("row 0, column 0 is NaN");
    }

    @Test
    void shouldRejectInfiniteValuesNamingRowAndColumn() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FeatureMatrix.wrap(2, 2, new double[] {1, 2, Double.NEGATIVE_INFINITY, 4}))
                .withMessageContaining("row 1, column 0 is -Infinity");
    }

    @Test
    void shouldRejectAnEmptyMatrix() {
        assertThatIllegalArgumentException().isThrownBy(() -> FeatureMatrix.of(0, 3, new double[0]))
                .withMessageContaining("at least one row");
        assertThatIllegalArgumentException().isThrownBy(() -> FeatureMatrix.of(3, 0, new double[0]))
                .withMessageContaining("at least one column");
        assertThatIllegalArgumentException().isThrownBy(() -> FeatureMatrix.fromRows(new double[0][]))
                .withMessageContaining("at least one row");
        assertThatIllegalArgumentException().isThrownBy(() -> FeatureMatrix.fromRows(new double[][] {{}}))
                .withMessageContaining("at least one column");
    }

    @Test
    void shouldRejectAShapeThatDoesNotMatchTheValues() {
        assertThatIllegalArgumentException().isThrownBy(() -> FeatureMatrix.of(2, 2, new double[] {1, 2, 3}))
                .withMessage("a 2 x 2 matrix needs 4 values, got 3");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FeatureMatrix.fromRows(new double[][] {{1, 2}, {3}}))
                .withMessage("row 1 has 1 columns, row 0 has 2");
    }
}
