package io.motiv.valuation.clv.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The BG/NBD model of repeat purchasing (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way: an
 * alternative to the Pareto/NBD model", Marketing Science 24(2), 275-284): its maximum-likelihood fit and the
 * per-customer quantities that CLV needs. Times are in the unit of the {@link CustomerSummary summaries} it was
 * fitted to.
 */
public final class BgNbdModel {

    private static final List<String> PARAMETER_NAMES = List.of("r", "alpha", "a", "b");

    private final BgNbdParameters parameters;

    public BgNbdModel(BgNbdParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("BG/NBD parameters are missing");
        }
        this.parameters = parameters;
    }

    public BgNbdParameters parameters() {
        return parameters;
    }

    /**
     * Maximum-likelihood fit. Time is rescaled so that the mean age T is 1 before optimising (alpha is a time scale,
     * the other parameters are unit-free), which makes days and weeks equally well conditioned; the reported
     * parameters, log-likelihood and standard errors are in the data's own unit.
     *
     * @throws IllegalArgumentException for an empty population, one without any repeat purchase (r/alpha and
     *     the dropout process are then not identified), or one where every age T is 0
     * @throws ModelFitException when the log-likelihood is not finite anywhere the optimiser looked
     */
    public static BgNbdFit fit(Collection<CustomerSummary> customers) {
        List<CustomerSummary> population = requirePopulation(customers);
        long repeaters = population.stream().filter(customer -> customer.frequency() > 0).count();
        if (repeaters == 0) {
            throw new IllegalArgumentException("cannot fit BG/NBD: none of the " + population.size()
                    + " customers made a repeat purchase (x > 0)");
        }
        double meanAge = population.stream().mapToDouble(CustomerSummary::age).average().orElseThrow();
        if (meanAge <= 0) {
            throw new IllegalArgumentException("cannot fit BG/NBD: every customer has age T = 0");
        }
        BgNbdLikelihood likelihood = BgNbdLikelihood.of(population, meanAge);
        double rate = (double) likelihood.totalFrequency() / population.size(); // repeat purchases per unit of T

        // r, alpha, a, b: a purchase rate r / alpha equal to the observed one, from few to many dropouts.
        List<double[]> starts = List.of(
                logOf(1.0, 1.0 / rate, 1.0, 1.0),
                logOf(0.25, 0.25 / rate, 0.5, 2.0),
                logOf(2.0, 2.0 / rate, 2.0, 10.0));
        LogSpaceMaximumLikelihood.Optimum optimum = LogSpaceMaximumLikelihood.maximise(
                theta -> likelihood.logLikelihood(Math.exp(theta[0]), Math.exp(theta[1]), Math.exp(theta[2]),
                        Math.exp(theta[3])),
                PARAMETER_NAMES, starts);

        double[] theta = optimum.logParameters();
        BgNbdParameters fitted = new BgNbdParameters(Math.exp(theta[0]), Math.exp(theta[1]) * meanAge,
                Math.exp(theta[2]), Math.exp(theta[3]));
        Optional<BgNbdParameters> standardErrors = Optional.ofNullable(optimum.covariance())
                .map(covariance -> new BgNbdParameters(optimum.standardErrorOfParameter(0),
                        optimum.standardErrorOfParameter(1) * meanAge,
                        optimum.standardErrorOfParameter(2), optimum.standardErrorOfParameter(3)));
        // Rescaling time by s multiplies each customer's likelihood by s^-x (see BgNbdLikelihood: alpha^r and
        // (alpha + T)^-(r + x)), so undo it to report the log-likelihood of the data as given.
        double logLikelihood = optimum.logLikelihood() - likelihood.totalFrequency() * Math.log(meanAge);
        return new BgNbdFit(new BgNbdModel(fitted), logLikelihood, standardErrors, population.size(),
                optimum.diagnostics());
    }

    /** This customer's log-likelihood (the summand of the fit's objective). */
    public double logLikelihood(CustomerSummary customer) {
        return BgNbdLikelihood.logLikelihood(parameters, customer);
    }

    /**
     * P(alive | x, t_x, T) = 1 / (1 + [x &gt; 0] a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)) (Fader,
     * Hardie &amp; Lee 2008, "Computing P(alive) using the BG/NBD model", brucehardie.com/notes/021). A customer with
     * no repeat purchase is alive by the model's definition: dropout can only follow a repeat purchase.
     */
    public double probabilityAlive(CustomerSummary customer) {
        if (customer.frequency() == 0) {
            return 1.0;
        }
        return 1.0 / (1.0 + Math.exp(logOddsOfInactive(customer)));
    }

    /**
     * E[Y(t) | x, t_x, T]: expected repeat purchases in (T, T + t] of a customer with this history (eq. 10):
     * <pre>
     * (a + b + x - 1) / (a - 1) * [1 - ((alpha + T) / (alpha + T + t))^(r + x)
     *                               * 2F1(r + x, b + x; a + b + x - 1; t / (alpha + T + t))] * P(alive)
     * </pre>
     * evaluated in the cancellation-free form derived at {@code expectationWhileAlive} below.
     *
     * @throws ArithmeticException when t is so long against alpha + T (beyond about 10^5 times) that the 2F1 series
     *     would need more than {@value GaussHypergeometric#MAX_TERMS} terms
     */
    public double expectedPurchases(CustomerSummary customer, double t) {
        requireHorizon(t);
        return expectationWhileAlive(customer.frequency(), customer.age(), t) * probabilityAlive(customer);
    }

    /**
     * E[X(t)]: expected repeat purchases in (0, t] of a customer who has just made a first purchase (eq. 9):
     * (a + b - 1) / (a - 1) * [1 - (alpha / (alpha + t))^r 2F1(r, b; a + b - 1; t / (alpha + t))]. This is eq. 10
     * with x = 0, T = 0.
     *
     * @throws ArithmeticException when t exceeds alpha about 10^5 times (see {@link #expectedPurchases(CustomerSummary,
     *     double)})
     */
    public double expectedPurchases(double t) {
        requireHorizon(t);
        return expectationWhileAlive(0, 0.0, t);
    }

    /**
     * The bracket of eq. 10 times (a + b + x - 1) / (a - 1). Euler's transformation
     * 2F1(A, B; C; z) = (1 - z)^(C - A - B) 2F1(C - A, C - B; C; z) turns
     * (1 - z)^(r + x) 2F1(r + x, b + x; C; z), C = a + b + x - 1, into (1 - z)^(a - 1) 2F1(a + b - 1 - r, a - 1; C; z),
     * whose parameters no longer grow with x. Writing that 2F1 as 1 + (a - 1) / C * tail gives
     * <pre>
     * C * (1 - (1 - z)^(a - 1)) / (a - 1) - (1 - z)^(a - 1) * tail(a + b - 1 - r, a - 1; C; z)
     * </pre>
     * which has no 0/0 at a = 1 (the first term tends to -C ln(1 - z)) and needs no 2F1 near its c = 0 pole.
     */
    private double expectationWhileAlive(int x, double age, double t) {
        if (t == 0) {
            return 0.0;
        }
        double r = parameters.r();
        double alpha = parameters.alpha();
        double a = parameters.a();
        double b = parameters.b();
        double z = t / (alpha + age + t);
        double logOneMinusZ = -Math.log1p(t / (alpha + age)); // ln((alpha + T) / (alpha + T + t))
        double c = a + b + x - 1;
        double aMinusOne = a - 1;
        double growth = aMinusOne == 0 ? -logOneMinusZ : -Math.expm1(aMinusOne * logOneMinusZ) / aMinusOne;
        double tail = GaussHypergeometric.tailAfterFirstTerm(a + b - 1 - r, aMinusOne, c, z);
        return c * growth - Math.exp(aMinusOne * logOneMinusZ) * tail;
    }

    /** ln(a / (b + x - 1) ((alpha + T) / (alpha + t_x))^(r + x)), for x &gt; 0. */
    private double logOddsOfInactive(CustomerSummary customer) {
        int x = customer.frequency();
        double alphaPlusRecency = parameters.alpha() + customer.recency();
        return Math.log(parameters.a()) - Math.log(parameters.b() + x - 1)
                + (parameters.r() + x) * Math.log1p((customer.age() - customer.recency()) / alphaPlusRecency);
    }

    private static void requireHorizon(double t) {
        if (!Double.isFinite(t) || t < 0) {
            throw new IllegalArgumentException("prediction horizon t must be finite and >= 0, was " + t);
        }
    }

    static List<CustomerSummary> requirePopulation(Collection<CustomerSummary> customers) {
        if (customers == null || customers.isEmpty()) {
            throw new IllegalArgumentException("cannot fit a model to an empty population");
        }
        if (customers.stream().anyMatch(customer -> customer == null)) {
            throw new IllegalArgumentException("the population contains a null customer summary");
        }
        return List.copyOf(customers);
    }

    private static double[] logOf(double... parameters) {
        double[] logs = new double[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            logs[i] = Math.log(parameters[i]);
        }
        return logs;
    }

    @Override
    public String toString() {
        return "BgNbdModel" + parameters;
    }
}
