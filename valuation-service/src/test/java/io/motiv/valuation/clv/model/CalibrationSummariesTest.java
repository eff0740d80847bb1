package io.motiv.valuation.clv.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class CalibrationSummariesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate CALIBRATION_END = LocalDate.of(2025, 3, 1); // 59 days after Jan 1

    @Test
    void shouldCountRepeatOccasionsAndMeasureTimesFromTheFirstPurchase() {
        CalibrationSummaries summaries = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS)
                .add("c1", JAN_1, 10)
                .add("c1", JAN_1.plusDays(14), 20)
                .add("c1", JAN_1.plusDays(28), 40)
                .build();

        CustomerSummary c1 = summaries.byCustomer().get("c1");
        assertThat(c1.frequency()).isEqualTo(2);
        assertThat(c1.recency()).isEqualTo(28.0);
        assertThat(c1.age()).isEqualTo(59.0);
        assertThat(c1.meanRepeatSpend()).as("the first purchase is not a repeat").isEqualTo(30.0);
    }

    @Test
    void shouldCountSameDayPurchasesAsOneOccasionWithTheirAmountsAdded() {
        CalibrationSummaries summaries = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS)
                .add("c1", JAN_1, 10)
                .add("c1", JAN_1, 5)
                .add("c1", JAN_1.plusDays(7), 20)
                .add("c1", JAN_1.plusDays(7), 30)
                .build();

        CustomerSummary c1 = summaries.byCustomer().get("c1");
        assertThat(c1.frequency()).isEqualTo(1);
        assertThat(c1.recency()).isEqualTo(7.0);
        assertThat(c1.meanRepeatSpend()).isEqualTo(50.0);
    }

    @Test
    void shouldExpressTimesInWeeks() {
        CalibrationSummaries summaries = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.WEEKS)
                .add("c1", JAN_1, 10)
                .add("c1", JAN_1.plusDays(10), 20)
                .build();

        CustomerSummary c1 = summaries.byCustomer().get("c1");
        assertThat(c1.recency()).isCloseTo(10 / 7.0, within(1e-12));
        assertThat(c1.age()).isCloseTo(59 / 7.0, within(1e-12));
    }

    @Test
    void shouldIgnorePurchasesAfterTheCalibrationEndAndIncludeTheEndDay() {
        CalibrationSummaries summaries = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS)
                .add("c1", JAN_1, 10)
                .add("c1", CALIBRATION_END, 20)
                .add("c1", CALIBRATION_END.plusDays(1), 1000)
                .build();

        assertThat(summaries.byCustomer().get("c1")).isEqualTo(new CustomerSummary(1, 59, 59, 20));
    }

    @Test
    void shouldExcludeCustomersWhoseFirstPurchaseIsAfterTheCalibrationEnd() {
        CalibrationSummaries summaries = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS)
                .add("early", JAN_1, 10)
                .add("late", CALIBRATION_END.plusDays(3), 10)
                .build();

        assertThat(summaries.byCustomer()).containsOnlyKeys("early");
        assertThat(summaries.excludedCustomers()).isEqualTo(1);
    }

    @Test
    void shouldSummariseOneTimeBuyersWithZeroFrequencyRecencyAndSpend() {
        CalibrationSummaries summaries = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS)
                .add("c1", JAN_1.plusDays(9), 99)
                .build();

        assertThat(summaries.byCustomer().get("c1")).isEqualTo(new CustomerSummary(0, 0, 50, 0));
    }

    @Test
    void shouldAcceptPurchasesOutOfOrder() {
        CalibrationSummaries summaries = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS)
                .add("c1", JAN_1.plusDays(20), 30)
                .add("c1", JAN_1.plusDays(5), 10)
                .add("c1", JAN_1, 1)
                .build();

        assertThat(summaries.byCustomer().get("c1")).isEqualTo(new CustomerSummary(2, 20, 59, 20));
    }

    @Test
    void shouldTakePurchaseDaysInTheConfiguredZone() {
        Instant lateEveningUtc = Instant.parse("2025-01-01T23:30:00Z"); // already 2 January in Berlin
        CalibrationSummaries utc = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS)
                .add("c1", Instant.parse("2025-01-01T08:00:00Z"), 10)
                .add("c1", lateEveningUtc, 10)
                .build();
        CalibrationSummaries berlin = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS)
                .zone(ZoneId.of("Europe/Berlin"))
                .add("c1", Instant.parse("2025-01-01T08:00:00Z"), 10)
                .add("c1", lateEveningUtc, 10)
                .build();

        assertThat(utc.byCustomer().get("c1").frequency()).isZero();
        assertThat(berlin.byCustomer().get("c1").frequency()).isEqualTo(1);
    }

    @Test
    void shouldCountAFreeOrderAsAPurchaseOccasion() {
        CalibrationSummaries summaries = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS)
                .add("c1", JAN_1, 10)
                .add("c1", JAN_1.plusDays(3), 0)
                .build();

        assertThat(summaries.byCustomer().get("c1")).isEqualTo(new CustomerSummary(1, 3, 59, 0));
    }

    @Test
    void shouldRejectNegativeOrNonFiniteAmounts() {
        CalibrationSummaries.Builder builder = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS);

        assertThatIllegalArgumentException().isThrownBy(() -> builder.add("c1", JAN_1, -5))
                .withMessageContaining("net refunds first");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.add("c1", JAN_1, Double.NaN))
                .withMessageContaining("purchase amount must be finite");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.add("c1", JAN_1, Double.POSITIVE_INFINITY))
                .withMessageContaining("purchase amount must be finite");
    }

    @Test
    void shouldRejectMissingCustomerIdOrTime() {
        CalibrationSummaries.Builder builder = CalibrationSummaries.builder(CALIBRATION_END, PurchaseTimeUnit.DAYS);

        assertThatIllegalArgumentException().isThrownBy(() -> builder.add(" ", JAN_1, 5))
                .withMessageContaining("customer id");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.add("c1", (LocalDate) null, 5))
                .withMessageContaining("purchase date is missing");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.add("c1", (Instant) null, 5))
                .withMessageContaining("purchase time is missing");
    }
}
