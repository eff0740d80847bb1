package io.motiv.valuation.clv.model;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Customers drawn from the BG/NBD and Gamma-Gamma generative stories, seeded, for parameter recovery and for
 * checking predictions against what then actually happens in a hold-out period.
 */
final class SimulatedPopulation {

    /**
     * @param calibration the customer's summary at the end of calibration
     * @param aliveAtCalibrationEnd whether they had not dropped out by then
     * @param holdoutPurchases purchases in (T, T + holdout]
     */
    record SimulatedCustomer(CustomerSummary calibration, boolean aliveAtCalibrationEnd, int holdoutPurchases) {
    }

    private SimulatedPopulation() {
    }

    static List<SimulatedCustomer> simulate(BgNbdParameters purchases, GammaGammaParameters spend, int customers,
                                            double minAge, double maxAge, double holdout, long seed) {
        RandomGenerator random = new SplittableRandom(seed);
        List<SimulatedCustomer> population = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            population.add(simulateOne(purchases, spend, minAge + (maxAge - minAge) * random.nextDouble(), holdout,
                    random));
        }
        return population;
    }

    static List<CustomerSummary> summaries(List<SimulatedCustomer> population) {
        return population.stream().map(SimulatedCustomer::calibration).toList();
    }

    private static SimulatedCustomer simulateOne(BgNbdParameters purchases, GammaGammaParameters spend, double age,
                                                 double holdout, RandomGenerator random) {
        double lambda = gamma(purchases.r(), random) / purchases.alpha(); // Gamma(r, rate alpha)
        double dropout = beta(purchases.a(), purchases.b(), random);
        double spendRate = gamma(spend.q(), random) / spend.v(); // nu ~ Gamma(q, rate v)

        // First purchase at time 0; after each repeat purchase the customer drops out with probability p.
        double time = random.nextExponential() / lambda;
        int repeats = 0;
        double lastPurchase = 0;
        double totalSpend = 0;
        boolean alive = true;
        while (alive && time <= age) {
            repeats++;
            lastPurchase = time;
            totalSpend += gamma(spend.p(), random) / spendRate; // a transaction's value ~ Gamma(p, rate nu)
            alive = random.nextDouble() >= dropout;
            time += random.nextExponential() / lambda;
        }
        int holdoutPurchases = 0;
        boolean stillBuying = alive;
        while (stillBuying && time <= age + holdout) {
            holdoutPurchases++;
            stillBuying = random.nextDouble() >= dropout;
            time += random.nextExponential() / lambda;
        }
        CustomerSummary summary = new CustomerSummary(repeats, lastPurchase, age,
                repeats == 0 ? 0 : totalSpend / repeats);
        return new SimulatedCustomer(summary, alive, holdoutPurchases);
    }

    /** Gamma(shape, 1) by Marsaglia &amp; Tsang (2000); shape &lt; 1 via Gamma(shape + 1) * U^(1 / shape). */
    static double gamma(double shape, RandomGenerator random) {
        if (shape < 1) {
            return gamma(shape + 1, random) * Math.pow(random.nextDouble(), 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double normal = random.nextGaussian();
            double v = 1 + c * normal;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * normal * normal + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
    }

    static double beta(double a, double b, RandomGenerator random) {
        double x = gamma(a, random);
        return x / (x + gamma(b, random));
    }
}
