package io.motiv.valuation.clv.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class CustomerSummaryTest {

    @Test
    void shouldAcceptAConsistentHistory() {
        assertThatNoException().isThrownBy(() -> new CustomerSummary(2, 30.43, 38.86, 22.35));
        assertThatNoException().isThrownBy(() -> new CustomerSummary(0, 0, 0, 0));
    }

    @Test
    void shouldRejectNegativeFrequency() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerSummary(-1, 0, 1, 0))
                .withMessageContaining("frequency x");
    }

    @Test
    void shouldRejectNonFiniteOrNegativeTimes() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerSummary(1, Double.NaN, 1, 1))
                .withMessageContaining("recency t_x");
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerSummary(1, 1, Double.POSITIVE_INFINITY, 1))
                .withMessageContaining("age T");
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerSummary(1, -1, 2, 1))
                .withMessageContaining("recency t_x");
    }

    @Test
    void shouldRejectRecencyAfterAge() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerSummary(1, 5, 4, 1))
                .withMessageContaining("must not exceed age T");
    }

    @Test
    void shouldRejectRecencyOrSpendWithoutRepeatPurchases() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerSummary(0, 1, 4, 0))
                .withMessageContaining("recency t_x must be 0 when frequency x is 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerSummary(0, 0, 4, 10))
                .withMessageContaining("mean repeat spend m must be 0 when frequency x is 0");
    }

    @Test
    void shouldRejectNegativeOrNanSpend() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerSummary(1, 1, 4, -3))
                .withMessageContaining("mean repeat spend m");
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerSummary(1, 1, 4, Double.NaN))
                .withMessageContaining("mean repeat spend m");
    }
}
