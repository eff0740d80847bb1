package io.motiv.valuation.clv.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

class BgNbdModelTest {

    /** lifetimes' fit to CDNOW in weeks (docs/Quickstart.md), printed to 6 decimals. */
    private static final BgNbdParameters LIFETIMES_CDNOW = new BgNbdParameters(0.242593, 4.413532, 0.792886, 2.425752);
    private static final BgNbdModel CDNOW_MODEL = new BgNbdModel(LIFETIMES_CDNOW);
    private static final CustomerSummary CUSTOMER_1 = CustomerSummary.withoutSpend(2, 30.43, 38.86);

    @Test
    void shouldReproduceLifetimesPredictionsForTheNextWeek() {
        // lifetimes' Quickstart: the five CDNOW customers with most expected purchases in t = 1 week.
        double[][] frequencyRecencyAgeExpected = {
                {18, 35.14, 35.86, 0.424877},
                {19, 34.00, 34.14, 0.474738},
                {17, 28.43, 28.86, 0.486526},
                {29, 37.71, 38.00, 0.662396},
                {26, 30.86, 31.00, 0.710623}};
        for (double[] row : frequencyRecencyAgeExpected) {
            CustomerSummary customer = CustomerSummary.withoutSpend((int) row[0], row[1], row[2]);
            assertThat(CDNOW_MODEL.expectedPurchases(customer, 1)).as("customer %s", Arrays.toString(row))
                    .isCloseTo(row[3], within(1e-6));
        }
    }

    @Test
    void shouldMatchEquation10EvaluatedLiterally() {
        for (CustomerSummary customer : List.of(CUSTOMER_1, CustomerSummary.withoutSpend(0, 0, 20),
                CustomerSummary.withoutSpend(7, 29.43, 38.86), CustomerSummary.withoutSpend(1, 2, 30))) {
            for (double t : new double[] {0.5, 10, 39, 78}) {
                assertThat(CDNOW_MODEL.expectedPurchases(customer, t)).as("%s, t = %s", customer, t)
                        .isCloseTo(literalEquation10(LIFETIMES_CDNOW, customer, t), withinPercentage(1e-8));
            }
        }
    }

    @Test
    void shouldMatchEquation9EvaluatedLiterally() {
        BgNbdParameters p = LIFETIMES_CDNOW;
        for (double t : new double[] {1, 39, 78, 200}) {
            double literal = (p.a() + p.b() - 1) / (p.a() - 1) * (1 - Math.pow(p.alpha() / (p.alpha() + t), p.r())
                    * GaussHypergeometric.value(p.r(), p.b(), p.a() + p.b() - 1, t / (p.alpha() + t)));
            assertThat(CDNOW_MODEL.expectedPurchases(t)).as("t = %s", t).isCloseTo(literal, withinPercentage(1e-8));
        }
    }

    @Test
    void shouldExpectOfABrandNewCustomerWhatTheUnconditionalExpectationSays() {
        CustomerSummary justArrived = CustomerSummary.withoutSpend(0, 0, 0);
        for (double t : new double[] {1, 13, 52, 520}) {
            assertThat(CDNOW_MODEL.expectedPurchases(justArrived, t)).isCloseTo(CDNOW_MODEL.expectedPurchases(t),
                    withinPercentage(1e-12));
        }
    }

    @Test
    void shouldConsiderCustomersWithoutRepeatPurchasesAlive() {
        for (double age : new double[] {0, 1, 38.86, 500}) {
            assertThat(CDNOW_MODEL.probabilityAlive(CustomerSummary.withoutSpend(0, 0, age))).isEqualTo(1.0);
        }
    }

    @Test
    void shouldComputePAliveByItsClosedForm() {
        BgNbdParameters p = LIFETIMES_CDNOW;
        double expected = 1 / (1 + p.a() / (p.b() + 2 - 1)
                * Math.pow((p.alpha() + 38.86) / (p.alpha() + 30.43), p.r() + 2));
        assertThat(CDNOW_MODEL.probabilityAlive(CUSTOMER_1)).isCloseTo(expected, within(1e-14));
    }

    @Test
    void shouldBeSureACustomerWhoJustBoughtIsAlive() {
        assertThat(CDNOW_MODEL.probabilityAlive(CustomerSummary.withoutSpend(5, 30, 30)))
                .isCloseTo(1 / (1 + LIFETIMES_CDNOW.a() / (LIFETIMES_CDNOW.b() + 4)), within(1e-14));
    }

    @Test
    void shouldExpectMorePurchasesFromRecentCustomersWhoBoughtMoreOften() {
        double previous = 0;
        for (int x = 1; x <= 30; x++) {
            double expected = CDNOW_MODEL.expectedPurchases(CustomerSummary.withoutSpend(x, 37, 38.86), 10);
            assertThat(expected).as("x = %d", x).isGreaterThan(previous);
            previous = expected;
        }
    }

    @Test
    void shouldExpectLessFromAFrequentBuyerWhoWentQuietThanFromAnOccasionalOne() {
        // The BG/NBD reading of silence: a frequent buyer who stopped is probably gone, an occasional one may not be.
        CustomerSummary frequentThenQuiet = CustomerSummary.withoutSpend(15, 8, 38.86);
        CustomerSummary occasional = CustomerSummary.withoutSpend(2, 8, 38.86);
        assertThat(CDNOW_MODEL.probabilityAlive(frequentThenQuiet)).isLessThan(CDNOW_MODEL.probabilityAlive(occasional));
        assertThat(CDNOW_MODEL.expectedPurchases(frequentThenQuiet, 10))
                .isLessThan(CDNOW_MODEL.expectedPurchases(occasional, 10));
    }

    @Test
    void shouldStayContinuousWhereEquation10DividesByAMinusOne() {
        CustomerSummary customer = CustomerSummary.withoutSpend(3, 8, 10);
        double atOne = new BgNbdModel(new BgNbdParameters(0.5, 6, 1.0, 2.5)).expectedPurchases(customer, 52);
        double justAbove = new BgNbdModel(new BgNbdParameters(0.5, 6, 1.0 + 1e-7, 2.5)).expectedPurchases(customer, 52);
        double justBelow = new BgNbdModel(new BgNbdParameters(0.5, 6, 1.0 - 1e-7, 2.5)).expectedPurchases(customer, 52);
        assertThat(atOne).isCloseTo(justAbove, withinPercentage(1e-4)).isCloseTo(justBelow, withinPercentage(1e-4));
    }

    @Test
    void shouldPredictTheSameInDaysAsInWeeks() {
        BgNbdParameters p = LIFETIMES_CDNOW;
        BgNbdModel inDays = new BgNbdModel(new BgNbdParameters(p.r(), p.alpha() * 7, p.a(), p.b()));
        CustomerSummary inWeeks = CUSTOMER_1;
        CustomerSummary sameInDays = CustomerSummary.withoutSpend(2, 30.43 * 7, 38.86 * 7);

        assertThat(inDays.expectedPurchases(sameInDays, 26 * 7))
                .isCloseTo(CDNOW_MODEL.expectedPurchases(inWeeks, 26), withinPercentage(1e-10));
        assertThat(inDays.probabilityAlive(sameInDays)).isCloseTo(CDNOW_MODEL.probabilityAlive(inWeeks),
                withinPercentage(1e-10));
    }

    @Test
    void shouldExpectNothingInAnEmptyHorizon() {
        assertThat(CDNOW_MODEL.expectedPurchases(CUSTOMER_1, 0)).isZero();
        assertThat(CDNOW_MODEL.expectedPurchases(0)).isZero();
    }

    @Test
    void shouldReportTheSumOfCustomerLogLikelihoodsAsTheFitsLogLikelihood() {
        List<CustomerSummary> customers = smallPopulation();
        BgNbdFit fit = BgNbdModel.fit(customers);

        double sum = customers.stream().mapToDouble(fit.model()::logLikelihood).sum();
        assertThat(fit.logLikelihood()).isCloseTo(sum, within(1e-8 * Math.abs(sum)));
    }

    @Test
    void shouldFitTheSameModelInDaysAsInWeeks() {
        List<CustomerSummary> inWeeks = smallPopulation();
        List<CustomerSummary> inDays = inWeeks.stream()
                .map(c -> CustomerSummary.withoutSpend(c.frequency(), c.recency() * 7, c.age() * 7)).toList();

        BgNbdFit weekly = BgNbdModel.fit(inWeeks);
        BgNbdFit daily = BgNbdModel.fit(inDays);

        assertThat(daily.converged()).isTrue();
        assertThat(daily.parameters().r()).isCloseTo(weekly.parameters().r(), withinPercentage(0.01));
        assertThat(daily.parameters().alpha()).isCloseTo(weekly.parameters().alpha() * 7, withinPercentage(0.01));
        assertThat(daily.parameters().a()).isCloseTo(weekly.parameters().a(), withinPercentage(0.01));
        assertThat(daily.parameters().b()).isCloseTo(weekly.parameters().b(), withinPercentage(0.01));
        long repeatPurchases = inWeeks.stream().mapToLong(CustomerSummary::frequency).sum();
        // A density in days is the density in weeks / 7 per repeat purchase.
        assertThat(daily.logLikelihood()).isCloseTo(weekly.logLikelihood() - repeatPurchases * Math.log(7),
                within(1e-4));
    }

    @Test
    void shouldReportAFitThatDoesNotConvergeInsteadOfReturningNaN() {
        // Everyone buys steadily up to the calibration end: nothing shows dropout, so a/b and r, alpha run away.
        List<CustomerSummary> neverDropOut = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double age = 10 + i % 7;
            neverDropOut.add(CustomerSummary.withoutSpend(5 + i % 3, age, age));
        }

        BgNbdFit fit = BgNbdModel.fit(neverDropOut);

        assertThat(fit.converged()).isFalse();
        assertThat(fit.diagnostics().status()).startsWith("did not converge");
        assertThat(fit.logLikelihood()).isFinite();
        BgNbdParameters p = fit.parameters();
        assertThat(List.of(p.r(), p.alpha(), p.a(), p.b())).allMatch(Double::isFinite);
    }

    @Test
    void shouldRejectAnEmptyPopulation() {
        assertThatIllegalArgumentException().isThrownBy(() -> BgNbdModel.fit(List.of()))
                .withMessageContaining("empty population");
        assertThatIllegalArgumentException().isThrownBy(() -> BgNbdModel.fit(null))
                .withMessageContaining("empty population");
    }

    @Test
    void shouldRejectAPopulationContainingNull() {
        List<CustomerSummary> withNull = new ArrayList<>(smallPopulation());
        withNull.add(null);
        assertThatIllegalArgumentException().isThrownBy(() -> BgNbdModel.fit(withNull))
                .withMessageContaining("null customer summary");
    }

    @Test
    void shouldRejectAPopulationWithoutRepeatPurchases() {
        List<CustomerSummary> oneTimeBuyers = List.of(CustomerSummary.withoutSpend(0, 0, 10),
                CustomerSummary.withoutSpend(0, 0, 20));
        assertThatIllegalArgumentException().isThrownBy(() -> BgNbdModel.fit(oneTimeBuyers))
                .withMessageContaining("none of the 2 customers made a repeat purchase");
    }

    @Test
    void shouldRejectAPopulationWithoutAge() {
        List<CustomerSummary> allAgeZero = List.of(CustomerSummary.withoutSpend(1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> BgNbdModel.fit(allAgeZero))
                .withMessageContaining("every customer has age T = 0");
    }

    @Test
    void shouldRejectNegativeOrNonFiniteHorizons() {
        assertThatIllegalArgumentException().isThrownBy(() -> CDNOW_MODEL.expectedPurchases(CUSTOMER_1, -1))
                .withMessageContaining("prediction horizon t");
        assertThatIllegalArgumentException().isThrownBy(() -> CDNOW_MODEL.expectedPurchases(Double.NaN))
                .withMessageContaining("prediction horizon t");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CDNOW_MODEL.expectedPurchases(CUSTOMER_1, Double.POSITIVE_INFINITY))
                .withMessageContaining("prediction horizon t");
    }

    @Test
    void shouldRejectNonPositiveOrNanParameters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BgNbdParameters(0, 1, 1, 1))
                .withMessageContaining("r must be finite and > 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new BgNbdParameters(1, Double.NaN, 1, 1))
                .withMessageContaining("alpha must be finite and > 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new BgNbdParameters(1, 1, -1, 1))
                .withMessageContaining("a must be finite and > 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new BgNbdParameters(1, 1, 1, Double.POSITIVE_INFINITY))
                .withMessageContaining("b must be finite and > 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new BgNbdModel(null))
                .withMessageContaining("parameters are missing");
    }

    /** Eq. 10 of Fader, Hardie &amp; Lee (2005) as printed, with the plain 2F1 series. */
    private static double literalEquation10(BgNbdParameters p, CustomerSummary c, double t) {
        int x = c.frequency();
        double ageTerm = p.alpha() + c.age();
        double bracket = 1 - Math.pow(ageTerm / (ageTerm + t), p.r() + x) * GaussHypergeometric.value(p.r() + x,
                p.b() + x, p.a() + p.b() + x - 1, t / (ageTerm + t));
        double numerator = (p.a() + p.b() + x - 1) / (p.a() - 1) * bracket;
        double dropoutOdds = x > 0
                ? p.a() / (p.b() + x - 1) * Math.pow(ageTerm / (p.alpha() + c.recency()), p.r() + x) : 0;
        return numerator / (1 + dropoutOdds);
    }

    private static List<CustomerSummary> smallPopulation() {
        return SimulatedPopulation.summaries(SimulatedPopulation.simulate(new BgNbdParameters(0.5, 6, 0.8, 2.5),
                new GammaGammaParameters(6, 4, 15), 2_000, 20, 52, 0, 7L));
    }
}
