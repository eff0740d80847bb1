package io.motiv.valuation.clv.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves
 * for customer base analysis", Journal of Marketing Research 42(4), 415-430; Fader &amp; Hardie 2013, "The
 * Gamma-Gamma model of monetary value", brucehardie.com/notes/025). It assumes a customer's spend per transaction
 * is independent of how often they buy; check that (e.g. the correlation of x and m over repeat customers) before
 * relying on it.
 */
public final class GammaGammaModel {

    private static final List<String> PARAMETER_NAMES = List.of("p", "q", "v");

    private final GammaGammaParameters parameters;

    public GammaGammaModel(GammaGammaParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("Gamma-Gamma parameters are missing");
        }
        this.parameters = parameters;
    }

    public GammaGammaParameters parameters() {
        return parameters;
    }

    /**
     * Maximum-likelihood fit on the repeat customers (x &gt; 0) and their mean repeat spend; customers with x = 0
     * carry no spend information (their first purchase is not used) and are skipped. Spend is rescaled to a mean of
     * 1 before optimising; the results are in the data's money unit.
     *
     * @throws IllegalArgumentException for an empty population, one without repeat customers, or repeat customers
     *     whose mean repeat spend is 0 (the model's spend is strictly positive)
     * @throws ModelFitException when the log-likelihood is not finite anywhere the optimiser looked
     */
    public static GammaGammaFit fit(Collection<CustomerSummary> customers) {
        List<CustomerSummary> population = BgNbdModel.requirePopulation(customers);
        List<CustomerSummary> repeatCustomers = population.stream()
                .filter(customer -> customer.frequency() > 0)
                .toList();
        if (repeatCustomers.isEmpty()) {
            throw new IllegalArgumentException("cannot fit Gamma-Gamma: none of the " + population.size()
                    + " customers made a repeat purchase (x > 0), so there is no repeat spend to model");
        }
        long zeroSpenders = repeatCustomers.stream().filter(customer -> customer.meanRepeatSpend() <= 0).count();
        if (zeroSpenders > 0) {
            throw new IllegalArgumentException("cannot fit Gamma-Gamma: " + zeroSpenders + " of "
                    + repeatCustomers.size() + " repeat customers have a mean repeat spend m = 0; the model needs"
                    + " positive spend (leave free orders out or give them their value)");
        }
        double moneyScale = repeatCustomers.stream().mapToDouble(CustomerSummary::meanRepeatSpend).average()
                .orElseThrow();
        GammaGammaLikelihood likelihood = GammaGammaLikelihood.of(repeatCustomers, moneyScale);

        // p, q, v with a population mean spend p v / (q - 1) of 1 (the rescaled mean), little to much heterogeneity.
        List<double[]> starts = List.of(
                new double[] {Math.log(1.0), Math.log(2.0), Math.log(1.0)},
                new double[] {Math.log(5.0), Math.log(4.0), Math.log(0.6)},
                new double[] {Math.log(0.5), Math.log(1.5), Math.log(1.0)});
        LogSpaceMaximumLikelihood.Optimum optimum = LogSpaceMaximumLikelihood.maximise(
                theta -> likelihood.logLikelihood(Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2])),
                PARAMETER_NAMES, starts);

        double[] theta = optimum.logParameters();
        GammaGammaParameters fitted = new GammaGammaParameters(Math.exp(theta[0]), Math.exp(theta[1]),
                Math.exp(theta[2]) * moneyScale);
        Optional<GammaGammaParameters> standardErrors = Optional.ofNullable(optimum.covariance())
                .map(covariance -> new GammaGammaParameters(optimum.standardErrorOfParameter(0),
                        optimum.standardErrorOfParameter(1), optimum.standardErrorOfParameter(2) * moneyScale));
        // Rescaling money by s divides each customer's density of z by s.
        double logLikelihood = optimum.logLikelihood() - likelihood.customers() * Math.log(moneyScale);
        return new GammaGammaFit(new GammaGammaModel(fitted), logLikelihood, standardErrors, likelihood.customers(),
                optimum.diagnostics());
    }

    /** The log-likelihood of this repeat customer's mean spend. */
    public double logLikelihood(CustomerSummary customer) {
        if (customer.frequency() == 0 || customer.meanRepeatSpend() <= 0) {
            throw new IllegalArgumentException("the Gamma-Gamma likelihood needs a repeat customer (x > 0) with"
                    + " positive mean repeat spend, got " + customer);
        }
        return GammaGammaLikelihood.of(List.of(customer), 1.0)
                .logLikelihood(parameters.p(), parameters.q(), parameters.v());
    }

    /**
     * E[M | p, q, v, x, m] = p (v + x m) / (p x + q - 1): the expected spend per future transaction, a weighted mean
     * of the population mean p v / (q - 1) and the customer's own mean m, with weight p x / (p x + q - 1) on m
     * (Fader &amp; Hardie 2013, note 025; FHL 2005 "RFM and CLV"). For x = 0 it is the population mean.
     *
     * @throws IllegalStateException when p x + q &lt;= 1, where the expectation is infinite (for x = 0: q &lt;= 1)
     */
    public double expectedAverageSpend(CustomerSummary customer) {
        double p = parameters.p();
        int x = customer.frequency();
        double denominator = p * x + parameters.q() - 1;
        if (denominator <= 0) {
            throw new IllegalStateException("expected spend is infinite for x = " + x + " because p x + q <= 1 (p = "
                    + p + ", q = " + parameters.q() + "); the population mean p v / (q - 1) needs q > 1");
        }
        return p * (parameters.v() + x * customer.meanRepeatSpend()) / denominator;
    }

    /** The population mean spend per transaction p v / (q - 1); what a customer without repeat purchases gets. */
    public double populationMeanSpend() {
        return expectedAverageSpend(CustomerSummary.withoutSpend(0, 0, 0));
    }

    @Override
    public String toString() {
        return "GammaGammaModel" + parameters;
    }
}
