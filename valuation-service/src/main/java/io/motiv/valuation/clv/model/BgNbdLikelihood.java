package io.motiv.valuation.clv.model;

import org.apache.commons.math3.special.Gamma;

import java.util.Arrays;
import java.util.List;

/**
 * The BG/NBD log-likelihood of a population, laid out for the many evaluations of a fit: primitive arrays, and the
 * log-gamma terms, which depend on a customer only through x, computed once per distinct x.
 *
 * <p>Per customer, in the form of Fader, Hardie &amp; Lee (2005), "Implementing the BG/NBD model for customer base
 * analysis in Excel" (brucehardie.com/notes/004), which is eq. 6 of the BG/NBD paper in logs:
 * <pre>
 * ln L = ln A1 + ln A2 + ln(exp(ln A3) + [x &gt; 0] exp(ln A4))
 * ln A1 = lnGamma(r + x) - lnGamma(r) + r ln(alpha)
 * ln A2 = lnGamma(a + b) + lnGamma(b + x) - lnGamma(b) - lnGamma(a + b + x)
 * ln A3 = -(r + x) ln(alpha + T)
 * ln A4 = ln(a) - ln(b + x - 1) - (r + x) ln(alpha + t_x)
 * </pre>
 * The last term is a log-sum-exp taken around its larger argument, so it neither overflows nor underflows.
 */
final class BgNbdLikelihood {

    private final int[] frequencyIndex;
    private final int[] distinctFrequencies;
    private final long[] customersPerFrequency;
    private final int[] frequency;
    private final double[] recency;
    private final double[] age;

    BgNbdLikelihood(int[] frequency, double[] recency, double[] age) {
        this.frequency = frequency;
        this.recency = recency;
        this.age = age;
        this.distinctFrequencies = Arrays.stream(frequency).distinct().sorted().toArray();
        this.frequencyIndex = new int[frequency.length];
        this.customersPerFrequency = new long[distinctFrequencies.length];
        for (int i = 0; i < frequency.length; i++) {
            frequencyIndex[i] = Arrays.binarySearch(distinctFrequencies, frequency[i]);
            customersPerFrequency[frequencyIndex[i]]++;
        }
    }

    /** The population with every time divided by {@code timeScale}. */
    static BgNbdLikelihood of(List<CustomerSummary> customers, double timeScale) {
        int n = customers.size();
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            CustomerSummary customer = customers.get(i);
            x[i] = customer.frequency();
            tx[i] = customer.recency() / timeScale;
            t[i] = customer.age() / timeScale;
        }
        return new BgNbdLikelihood(x, tx, t);
    }

    long totalFrequency() {
        long total = 0;
        for (int x : frequency) {
            total += x;
        }
        return total;
    }

    double logLikelihood(double r, double alpha, double a, double b) {
        int distinct = distinctFrequencies.length;
        double[] lnA1A2WithoutAlpha = new double[distinct];
        double[] lnA4WithoutRecency = new double[distinct];
        double sum = 0;
        double lnGammaR = Gamma.logGamma(r);
        double lnGammaB = Gamma.logGamma(b);
        double lnGammaAB = Gamma.logGamma(a + b);
        double lnA = Math.log(a);
        for (int k = 0; k < distinct; k++) {
            int x = distinctFrequencies[k];
            lnA1A2WithoutAlpha[k] = Gamma.logGamma(r + x) - lnGammaR
                    + lnGammaAB + Gamma.logGamma(b + x) - lnGammaB - Gamma.logGamma(a + b + x);
            lnA4WithoutRecency[k] = x > 0 ? lnA - Math.log(b + x - 1) : Double.NEGATIVE_INFINITY;
            sum += customersPerFrequency[k] * lnA1A2WithoutAlpha[k];
        }
        sum += frequency.length * r * Math.log(alpha);
        for (int i = 0; i < frequency.length; i++) {
            int x = frequency[i];
            double lnA3 = -(r + x) * Math.log(alpha + age[i]);
            if (x == 0) {
                sum += lnA3;
            } else {
                double lnA4 = lnA4WithoutRecency[frequencyIndex[i]] - (r + x) * Math.log(alpha + recency[i]);
                sum += logSumExp(lnA3, lnA4);
            }
        }
        return sum;
    }

    /** One customer's log-likelihood, same formula. */
    static double logLikelihood(BgNbdParameters p, CustomerSummary customer) {
        return new BgNbdLikelihood(new int[] {customer.frequency()}, new double[] {customer.recency()},
                new double[] {customer.age()}).logLikelihood(p.r(), p.alpha(), p.a(), p.b());
    }

    private static double logSumExp(double u, double v) {
        double max = Math.max(u, v);
        return max + Math.log1p(Math.exp(Math.min(u, v) - max));
    }
}
