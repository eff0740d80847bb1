package io.motiv.valuation.clv.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class ClvCalculatorTest {

    private static final BgNbdParameters CDNOW_WEEKS = new BgNbdParameters(0.242593, 4.413532, 0.792886, 2.425752);
    private static final BgNbdModel PURCHASES = new BgNbdModel(CDNOW_WEEKS);
    private static final GammaGammaModel SPEND = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44));
    private static final ClvCalculator WEEKLY = ClvCalculator.forUnit(PURCHASES, SPEND, PurchaseTimeUnit.WEEKS);
    private static final CustomerSummary CUSTOMER = new CustomerSummary(2, 30.43, 38.86, 22.35);

    @Test
    void shouldLowerClvAsTheDiscountRateRises() {
        double undiscounted = WEEKLY.lifetimeValue(CUSTOMER, 24, 0.0);
        double onePercent = WEEKLY.lifetimeValue(CUSTOMER, 24, 0.01);
        double fivePercent = WEEKLY.lifetimeValue(CUSTOMER, 24, 0.05);

        assertThat(undiscounted).isGreaterThan(onePercent);
        assertThat(onePercent).isGreaterThan(fivePercent);
        assertThat(fivePercent).isPositive();
    }

    @Test
    void shouldEqualExpectedSpendTimesExpectedPurchasesWithoutDiscounting() {
        double months = 12;
        double expected = SPEND.expectedAverageSpend(CUSTOMER)
                * PURCHASES.expectedPurchases(CUSTOMER, months * PurchaseTimeUnit.WEEKS.perMonth());

        assertThat(WEEKLY.lifetimeValue(CUSTOMER, 12, 0.0)).isCloseTo(expected, withinPercentage(1e-10));
    }

    @Test
    void shouldDiscountEachMonthsPurchasesAtTheMonthsEnd() {
        ClvCalculator monthly = new ClvCalculator(PURCHASES, SPEND, 4.0);
        double spend = SPEND.expectedAverageSpend(CUSTOMER);
        double firstMonth = PURCHASES.expectedPurchases(CUSTOMER, 4);
        double secondMonth = PURCHASES.expectedPurchases(CUSTOMER, 8) - firstMonth;

        assertThat(monthly.lifetimeValue(CUSTOMER, 2, 0.02))
                .isCloseTo(spend * (firstMonth / 1.02 + secondMonth / (1.02 * 1.02)), withinPercentage(1e-10));
    }

    @Test
    void shouldGrowWithTheHorizon() {
        assertThat(WEEKLY.lifetimeValue(CUSTOMER, 36, 0.01)).isGreaterThan(WEEKLY.lifetimeValue(CUSTOMER, 12, 0.01));
    }

    @Test
    void shouldGiveTheSameClvInDaysAsInWeeks() {
        BgNbdModel purchasesInDays = new BgNbdModel(new BgNbdParameters(CDNOW_WEEKS.r(), CDNOW_WEEKS.alpha() * 7,
                CDNOW_WEEKS.a(), CDNOW_WEEKS.b()));
        ClvCalculator daily = ClvCalculator.forUnit(purchasesInDays, SPEND, PurchaseTimeUnit.DAYS);
        CustomerSummary sameCustomerInDays = new CustomerSummary(2, 30.43 * 7, 38.86 * 7, 22.35);

        assertThat(daily.lifetimeValue(sameCustomerInDays, 24, 0.01))
                .isCloseTo(WEEKLY.lifetimeValue(CUSTOMER, 24, 0.01), withinPercentage(1e-9));
    }

    @Test
    void shouldReportTheQuantitiesClvIsMadeOf() {
        ClvCalculator.ClvEstimate estimate = WEEKLY.estimate(CUSTOMER, 12, 0.01);

        assertThat(estimate.probabilityAlive()).isCloseTo(PURCHASES.probabilityAlive(CUSTOMER), within(1e-15));
        assertThat(estimate.expectedAverageSpend()).isCloseTo(SPEND.expectedAverageSpend(CUSTOMER), within(1e-12));
        assertThat(estimate.expectedPurchases()).isCloseTo(
                PURCHASES.expectedPurchases(CUSTOMER, 12 * PurchaseTimeUnit.WEEKS.perMonth()), within(1e-12));
        assertThat(estimate.lifetimeValue())
                .isLessThan(estimate.expectedPurchases() * estimate.expectedAverageSpend())
                .isPositive();
    }

    @Test
    void shouldRejectAHorizonShorterThanAMonth() {
        assertThatIllegalArgumentException().isThrownBy(() -> WEEKLY.lifetimeValue(CUSTOMER, 0, 0.01))
                .withMessageContaining("at least 1 month");
    }

    @Test
    void shouldRejectDiscountRatesOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> WEEKLY.lifetimeValue(CUSTOMER, 12, -0.01))
                .withMessageContaining("monthly discount rate");
        assertThatIllegalArgumentException().isThrownBy(() -> WEEKLY.lifetimeValue(CUSTOMER, 12, 1.0))
                .withMessageContaining("monthly discount rate");
        assertThatIllegalArgumentException().isThrownBy(() -> WEEKLY.lifetimeValue(CUSTOMER, 12, Double.NaN))
                .withMessageContaining("monthly discount rate");
    }

    @Test
    void shouldRejectMissingModelsOrCustomerOrABadMonthLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClvCalculator(null, SPEND, 4))
                .withMessageContaining("purchase model and a spend model");
        assertThatIllegalArgumentException().isThrownBy(() -> new ClvCalculator(PURCHASES, SPEND, 0))
                .withMessageContaining("time units per month");
        assertThatIllegalArgumentException().isThrownBy(() -> new ClvCalculator(PURCHASES, SPEND, Double.NaN))
                .withMessageContaining("time units per month");
        assertThatIllegalArgumentException().isThrownBy(() -> WEEKLY.lifetimeValue(null, 12, 0.01))
                .withMessageContaining("customer summary is missing");
    }
}
