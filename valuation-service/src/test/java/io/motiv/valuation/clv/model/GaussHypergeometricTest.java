package io.motiv.valuation.clv.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

class GaussHypergeometricTest {

    @ParameterizedTest
    @ValueSource(doubles = {1e-6, 0.1, 0.5, 0.9, 0.999})
    void shouldMatchTheLogarithmClosedForm(double z) {
        // 2F1(1, 1; 2; z) = -ln(1 - z) / z
        assertThat(GaussHypergeometric.value(1, 1, 2, z)).isCloseTo(-Math.log1p(-z) / z, withinPercentage(1e-10));
    }

    @Test
    void shouldStayAccurateVeryCloseToOne() {
        // 3.5 million terms: rounding in the term recurrence leaves about 1e-11 relative error.
        double z = 0.99999;
        assertThat(GaussHypergeometric.value(1, 1, 2, z)).isCloseTo(-Math.log1p(-z) / z, withinPercentage(1e-9));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.5, 0.95, 0.999})
    void shouldMatchTheBinomialClosedForm(double z) {
        // 2F1(a, b; b; z) = (1 - z)^-a
        assertThat(GaussHypergeometric.value(0.7, 2.3, 2.3, z)).isCloseTo(Math.pow(1 - z, -0.7), withinPercentage(1e-10));
        assertThat(GaussHypergeometric.value(-0.4, 1.5, 1.5, z)).isCloseTo(Math.pow(1 - z, 0.4), withinPercentage(1e-10));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 0.6, 0.95})
    void shouldMatchTheArcsineClosedForm(double w) {
        // 2F1(1/2, 1/2; 3/2; w^2) = arcsin(w) / w
        assertThat(GaussHypergeometric.value(0.5, 0.5, 1.5, w * w)).isCloseTo(Math.asin(w) / w, withinPercentage(1e-10));
    }

    @Test
    void shouldKeepTheTailFiniteWhereBIsZero() {
        // (c / b)(2F1(a, b; c; z) - 1) at b -> 0 with a = c = 1 is sum z^n / n = -ln(1 - z)
        assertThat(GaussHypergeometric.tailAfterFirstTerm(1, 0, 1, 0.8)).isCloseTo(-Math.log(0.2), withinPercentage(1e-10));
    }

    @Test
    void shouldBeOneAtZero() {
        assertThat(GaussHypergeometric.value(3, 4, 5, 0)).isEqualTo(1.0);
    }

    @Test
    void shouldRejectArgumentsOutsideTheSeriesRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> GaussHypergeometric.value(1, 1, 2, 1.0))
                .withMessageContaining("0 <= z < 1");
        assertThatIllegalArgumentException().isThrownBy(() -> GaussHypergeometric.value(1, 1, 2, -0.5))
                .withMessageContaining("0 <= z < 1");
        assertThatIllegalArgumentException().isThrownBy(() -> GaussHypergeometric.value(1, 1, 2, Double.NaN))
                .withMessageContaining("0 <= z < 1");
    }

    @Test
    void shouldRejectAPoleOfC() {
        assertThatIllegalArgumentException().isThrownBy(() -> GaussHypergeometric.value(1, 1, -2, 0.5))
                .withMessageContaining("undefined for c = -2");
    }

    @Test
    void shouldThrowRatherThanReturnAnUnconvergedSum() {
        assertThatThrownBy(() -> GaussHypergeometric.value(1, 1, 2, 1 - 1e-9))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("did not converge");
    }
}
