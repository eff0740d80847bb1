package io.motiv.valuation.clv.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.within;

class GammaGammaModelTest {

    /** Fader, Hardie &amp; Lee (2005), "RFM and CLV", CDNOW. */
    private static final GammaGammaModel PUBLISHED_CDNOW = new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44));

    @Test
    void shouldGiveCustomersWithoutRepeatPurchasesThePopulationMean() {
        double populationMean = 6.25 * 15.44 / (3.74 - 1);
        assertThat(PUBLISHED_CDNOW.populationMeanSpend()).isCloseTo(populationMean, within(1e-12));
        assertThat(PUBLISHED_CDNOW.expectedAverageSpend(CustomerSummary.withoutSpend(0, 0, 30)))
                .isCloseTo(populationMean, within(1e-12));
    }

    @Test
    void shouldWeighOwnMeanSpendByHowManyRepeatPurchasesShowIt() {
        CustomerSummary customer = new CustomerSummary(2, 30.43, 38.86, 22.35);
        double weight = 6.25 * 2 / (6.25 * 2 + 3.74 - 1);
        double expected = (1 - weight) * PUBLISHED_CDNOW.populationMeanSpend() + weight * 22.35;

        assertThat(PUBLISHED_CDNOW.expectedAverageSpend(customer)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void shouldMoveTowardTheCustomersOwnMeanAsRepeatPurchasesGrow() {
        double ownMean = 100;
        double previousDistance = Double.POSITIVE_INFINITY;
        for (int x = 1; x <= 50; x++) {
            double distance = Math.abs(PUBLISHED_CDNOW.expectedAverageSpend(new CustomerSummary(x, 1, 2, ownMean)) - ownMean);
            assertThat(distance).as("x = %d", x).isLessThan(previousDistance);
            previousDistance = distance;
        }
    }

    @Test
    void shouldRefuseAnInfiniteExpectedSpend() {
        GammaGammaModel heavyTailed = new GammaGammaModel(new GammaGammaParameters(2, 0.8, 10));
        assertThatIllegalStateException().isThrownBy(heavyTailed::populationMeanSpend)
                .withMessageContaining("needs q > 1");
        assertThat(heavyTailed.expectedAverageSpend(new CustomerSummary(1, 1, 2, 30))).isFinite();
    }

    @Test
    void shouldReportTheSumOfCustomerLogLikelihoodsAsTheFitsLogLikelihood() {
        List<CustomerSummary> customers = simulatedRepeatCustomers();
        GammaGammaFit fit = GammaGammaModel.fit(customers);

        double sum = customers.stream().filter(c -> c.frequency() > 0).mapToDouble(fit.model()::logLikelihood).sum();
        assertThat(fit.converged()).isTrue();
        assertThat(fit.logLikelihood()).isCloseTo(sum, within(1e-8 * Math.abs(sum)));
    }

    @Test
    void shouldFitOnlyRepeatCustomers() {
        List<CustomerSummary> customers = new ArrayList<>(simulatedRepeatCustomers());
        long repeatCustomers = customers.stream().filter(c -> c.frequency() > 0).count();
        customers.add(CustomerSummary.withoutSpend(0, 0, 10));

        assertThat(GammaGammaModel.fit(customers).repeatCustomers()).isEqualTo(repeatCustomers);
    }

    @Test
    void shouldReportAFitThatDoesNotConvergeInsteadOfReturningNaN() {
        // Every transaction worth exactly 25: no spread within customers, so p runs to infinity.
        List<CustomerSummary> identicalSpend = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            identicalSpend.add(new CustomerSummary(1 + i % 4, 5, 10, 25.0));
        }

        GammaGammaFit fit = GammaGammaModel.fit(identicalSpend);

        assertThat(fit.converged()).isFalse();
        assertThat(fit.diagnostics().status()).startsWith("did not converge");
        assertThat(fit.logLikelihood()).isFinite();
    }

    @Test
    void shouldRejectAnEmptyPopulation() {
        assertThatIllegalArgumentException().isThrownBy(() -> GammaGammaModel.fit(List.of()))
                .withMessageContaining("empty population");
    }

    @Test
    void shouldRejectAPopulationWithoutRepeatCustomers() {
        List<CustomerSummary> oneTimeBuyers = List.of(CustomerSummary.withoutSpend(0, 0, 10),
                CustomerSummary.withoutSpend(0, 0, 12));
        assertThatIllegalArgumentException().isThrownBy(() -> GammaGammaModel.fit(oneTimeBuyers))
                .withMessageContaining("none of the 2 customers made a repeat purchase (x > 0)");
    }

    @Test
    void shouldRejectRepeatCustomersWithoutSpend() {
        List<CustomerSummary> freeOrders = List.of(new CustomerSummary(2, 3, 10, 12.5), new CustomerSummary(1, 3, 10, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> GammaGammaModel.fit(freeOrders))
                .withMessageContaining("1 of 2 repeat customers have a mean repeat spend m = 0");
    }

    @Test
    void shouldRejectALikelihoodForACustomerWithoutRepeatSpend() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PUBLISHED_CDNOW.logLikelihood(CustomerSummary.withoutSpend(0, 0, 3)))
                .withMessageContaining("needs a repeat customer");
    }

    @Test
    void shouldRejectNonPositiveParameters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GammaGammaParameters(1, 0, 1))
                .withMessageContaining("q must be finite and > 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new GammaGammaParameters(Double.NaN, 2, 1))
                .withMessageContaining("p must be finite and > 0");
    }

    private static List<CustomerSummary> simulatedRepeatCustomers() {
        return SimulatedPopulation.summaries(SimulatedPopulation.simulate(new BgNbdParameters(0.5, 6, 0.8, 2.5),
                new GammaGammaParameters(6, 4, 15), 3_000, 20, 52, 0, 11L));
    }
}
