package io.motiv.valuation.budget;

import io.motiv.valuation.budget.service.BudgetSplit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BudgetSplitTest {

    @Test
    void shouldSplitInProportionToValueWithoutBinds() {
        assertThat(BudgetSplit.shares(new double[]{1, 3}, 0, 1)).containsExactly(new double[]{0.25, 0.75}, within(1e-12));
    }

    @Test
    void shouldCapAShareAndPourTheRestIntoTheOthersInProportion() {
        double[] shares = BudgetSplit.shares(new double[]{90, 6, 4}, 0.05, 0.5);
        assertThat(shares).containsExactly(new double[]{0.5, 0.3, 0.2}, within(1e-9));
        double[] withFloor = BudgetSplit.shares(new double[]{100, 0, 0}, 0.1, 1);
        assertThat(withFloor).containsExactly(new double[]{0.8, 0.1, 0.1}, within(1e-9));
    }

    @Test
    void shouldSplitEvenlyWhenNoSegmentHasValueOrWhenCapsForceIt() {
        assertThat(BudgetSplit.shares(new double[]{0, 0, 0, 0}, 0, 1)).containsExactly(new double[]{0.25, 0.25, 0.25, 0.25}, within(1e-12));
        assertThat(BudgetSplit.shares(new double[]{5, 0, 0}, 0, 0.4)).containsExactly(new double[]{0.4, 0.3, 0.3}, within(1e-9));
    }

    @Test
    void shouldGiveAmountsInCentsThatAddUpToTheBudget() {
        double[] shares = BudgetSplit.shares(new double[]{1, 1, 1}, 0, 1);
        BigDecimal[] amounts = BudgetSplit.amounts(new BigDecimal("100"), shares);
        assertThat(Arrays.stream(amounts).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.00");
        assertThat(amounts).containsExactly(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33"));
    }
}
