package io.motiv.valuation.clv.model;

import io.motiv.valuation.clv.model.SimulatedPopulation.SimulatedCustomer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fits to populations simulated from known parameters. Tolerances come from the fits' own standard errors: if the
 * MLE and its inverse-Hessian standard errors are right, (estimate - truth) / SE is about standard normal, so a
 * check at 3 SE fails for a random seed 0.27 % of the time; the seed is fixed, so the test is deterministic. Each
 * parameter is also required to be estimated to within 15 % (SE / truth), so that 3 SE is a real constraint.
 */
class ParameterRecoveryTest {

    private static final BgNbdParameters TRUE_PURCHASES = new BgNbdParameters(0.5, 6, 0.8, 2.5);
    private static final GammaGammaParameters TRUE_SPEND = new GammaGammaParameters(6, 4, 15);
    private static final int CUSTOMERS = 20_000;
    private static final double MIN_AGE_WEEKS = 20;
    private static final double MAX_AGE_WEEKS = 52;
    private static final double HOLDOUT_WEEKS = 26;
    private static final long SEED = 20_250_601L;

    private static final List<SimulatedCustomer> POPULATION = SimulatedPopulation.simulate(TRUE_PURCHASES, TRUE_SPEND,
            CUSTOMERS, MIN_AGE_WEEKS, MAX_AGE_WEEKS, HOLDOUT_WEEKS, SEED);

    @Test
    void shouldRecoverSimulatedBgNbdParametersWithinThreeStandardErrors() {
        BgNbdFit fit = BgNbdModel.fit(SimulatedPopulation.summaries(POPULATION));

        BgNbdParameters estimate = fit.parameters();
        BgNbdParameters se = fit.standardErrors().orElseThrow();
        System.out.printf("BG/NBD recovery, %d customers: true %s%n  fitted %s%n  SE %s%n  %s%n", CUSTOMERS,
                TRUE_PURCHASES, estimate, se, fit.diagnostics());
        assertThat(fit.converged()).isTrue();
        assertRecovered("r", TRUE_PURCHASES.r(), estimate.r(), se.r());
        assertRecovered("alpha", TRUE_PURCHASES.alpha(), estimate.alpha(), se.alpha());
        assertRecovered("a", TRUE_PURCHASES.a(), estimate.a(), se.a());
        assertRecovered("b", TRUE_PURCHASES.b(), estimate.b(), se.b());
    }

    @Test
    void shouldRecoverSimulatedGammaGammaParametersWithinThreeStandardErrors() {
        GammaGammaFit fit = GammaGammaModel.fit(SimulatedPopulation.summaries(POPULATION));

        GammaGammaParameters estimate = fit.parameters();
        GammaGammaParameters se = fit.standardErrors().orElseThrow();
        System.out.printf("Gamma-Gamma recovery, %d repeat customers: true %s%n  fitted %s%n  SE %s%n  %s%n",
                fit.repeatCustomers(), TRUE_SPEND, estimate, se, fit.diagnostics());
        assertThat(fit.converged()).isTrue();
        assertRecovered("p", TRUE_SPEND.p(), estimate.p(), se.p());
        assertRecovered("q", TRUE_SPEND.q(), estimate.q(), se.q());
        assertRecovered("v", TRUE_SPEND.v(), estimate.v(), se.v());
    }

    @Test
    void shouldPredictTheHoldoutPurchasesThatSimulatedCustomersThenMake() {
        BgNbdModel truth = new BgNbdModel(TRUE_PURCHASES);
        double[] residuals = POPULATION.stream()
                .mapToDouble(c -> c.holdoutPurchases() - truth.expectedPurchases(c.calibration(), HOLDOUT_WEEKS))
                .toArray();

        assertMeanZeroWithinFourStandardErrors("hold-out purchases - E[Y(26) | x, t_x, T]", residuals);
    }

    @Test
    void shouldMatchPAliveToTheShareOfSimulatedCustomersStillAlive() {
        BgNbdModel truth = new BgNbdModel(TRUE_PURCHASES);
        double[] residuals = POPULATION.stream()
                .mapToDouble(c -> (c.aliveAtCalibrationEnd() ? 1 : 0) - truth.probabilityAlive(c.calibration()))
                .toArray();

        assertMeanZeroWithinFourStandardErrors("alive - P(alive)", residuals);
    }

    @Test
    void shouldMatchTheUnconditionalExpectationToSimulatedRepeatPurchases() {
        BgNbdModel truth = new BgNbdModel(TRUE_PURCHASES);
        double[] residuals = POPULATION.stream()
                .mapToDouble(c -> c.calibration().frequency() - truth.expectedPurchases(c.calibration().age()))
                .toArray();

        assertMeanZeroWithinFourStandardErrors("x - E[X(T)]", residuals);
    }

    /** Not a pass/fail timing test: prints how long fits take as the population grows (see docs/valuation.md). */
    @Test
    @Tag("measurement")
    void shouldMeasureFitTimeForOneHundredThousandCustomers() {
        for (int customers : new int[] {10_000, 30_000, 100_000}) {
            List<SimulatedCustomer> population = SimulatedPopulation.simulate(TRUE_PURCHASES, TRUE_SPEND, customers,
                    MIN_AGE_WEEKS, MAX_AGE_WEEKS, 0, SEED + customers);
            List<CustomerSummary> summaries = SimulatedPopulation.summaries(population);

            long start = System.nanoTime();
            BgNbdFit purchases = BgNbdModel.fit(summaries);
            long afterBgNbd = System.nanoTime();
            GammaGammaFit spend = GammaGammaModel.fit(summaries);
            long afterGammaGamma = System.nanoTime();
            ClvCalculator clv = ClvCalculator.forUnit(purchases.model(), spend.model(), PurchaseTimeUnit.WEEKS);
            double total = 0;
            for (CustomerSummary customer : summaries) {
                total += clv.lifetimeValue(customer, 12, 0.01);
            }
            long afterClv = System.nanoTime();

            System.out.printf("measurement: %,d customers: BG/NBD fit %.0f ms (%d evaluations, converged %s), "
                            + "Gamma-Gamma fit %.0f ms (%,d repeat customers, %d evaluations), 12-month CLV of all "
                            + "%.0f ms (total %.0f)%n",
                    customers, (afterBgNbd - start) / 1e6, purchases.diagnostics().evaluations(), purchases.converged(),
                    (afterGammaGamma - afterBgNbd) / 1e6, spend.repeatCustomers(), spend.diagnostics().evaluations(),
                    (afterClv - afterGammaGamma) / 1e6, total);
            assertThat(purchases.converged()).isTrue();
            assertThat(spend.converged()).isTrue();
        }
    }

    private static void assertRecovered(String name, double truth, double estimate, double standardError) {
        assertThat(standardError / truth).as("relative standard error of %s", name).isLessThan(0.15);
        assertThat(Math.abs(estimate - truth)).as("|%s - truth| (SE %.4f)", name, standardError)
                .isLessThanOrEqualTo(3 * standardError);
    }

    private static void assertMeanZeroWithinFourStandardErrors(String what, double[] residuals) {
        double mean = Arrays.stream(residuals).average().orElseThrow();
        double variance = Arrays.stream(residuals).map(r -> (r - mean) * (r - mean)).sum()
                / (residuals.length - 1);
        double standardError = Math.sqrt(variance / residuals.length);
        System.out.printf("%s: mean %.5f, SE %.5f%n", what, mean, standardError);
        assertThat(Math.abs(mean)).as("mean of %s", what).isLessThanOrEqualTo(4 * standardError);
    }
}
