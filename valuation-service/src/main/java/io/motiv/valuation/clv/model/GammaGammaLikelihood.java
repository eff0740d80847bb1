package io.motiv.valuation.clv.model;

import org.apache.commons.math3.special.Gamma;

import java.util.Arrays;
import java.util.List;

/**
 * The Gamma-Gamma log-likelihood of the mean spend z of repeat customers (Fader &amp; Hardie 2013, note 025; the form
 * {@code lifetimes} implements). With x transactions averaging z, x z ~ Gamma(p x, nu) and nu ~ Gamma(q, v), so
 * <pre>
 * ln f(z | x) = lnGamma(p x + q) - lnGamma(p x) - lnGamma(q) + q ln v + (p x - 1) ln(x z) + ln x - (p x + q) ln(v + x z)
 * </pre>
 * The log-gamma terms are computed once per distinct x, and ln(x z) and ln x, which do not involve the parameters,
 * once per fit.
 */
final class GammaGammaLikelihood {

    private final int[] frequency;
    private final double[] totalSpend; // x z
    private final double[] logTotalSpend;
    private final int[] distinctFrequencies;
    private final int[] frequencyIndex;
    private final long[] customersPerFrequency;
    private final double sumLogFrequency;

    private GammaGammaLikelihood(int[] frequency, double[] meanSpend) {
        int n = frequency.length;
        this.frequency = frequency;
        this.totalSpend = new double[n];
        this.logTotalSpend = new double[n];
        double logFrequencies = 0;
        for (int i = 0; i < n; i++) {
            totalSpend[i] = frequency[i] * meanSpend[i];
            logTotalSpend[i] = Math.log(totalSpend[i]);
            logFrequencies += Math.log(frequency[i]);
        }
        this.sumLogFrequency = logFrequencies;
        this.distinctFrequencies = Arrays.stream(frequency).distinct().sorted().toArray();
        this.frequencyIndex = new int[n];
        this.customersPerFrequency = new long[distinctFrequencies.length];
        for (int i = 0; i < n; i++) {
            frequencyIndex[i] = Arrays.binarySearch(distinctFrequencies, frequency[i]);
            customersPerFrequency[frequencyIndex[i]]++;
        }
    }

    /** Repeat customers (x &gt; 0, m &gt; 0, checked by the caller) with every spend divided by {@code moneyScale}. */
    static GammaGammaLikelihood of(List<CustomerSummary> repeatCustomers, double moneyScale) {
        int n = repeatCustomers.size();
        int[] x = new int[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = repeatCustomers.get(i).frequency();
            m[i] = repeatCustomers.get(i).meanRepeatSpend() / moneyScale;
        }
        return new GammaGammaLikelihood(x, m);
    }

    int customers() {
        return frequency.length;
    }

    double logLikelihood(double p, double q, double v) {
        double lnGammaQ = Gamma.logGamma(q);
        double logV = Math.log(v);
        double sum = sumLogFrequency + frequency.length * (q * logV - lnGammaQ);
        double[] gammaRatio = new double[distinctFrequencies.length];
        for (int k = 0; k < distinctFrequencies.length; k++) {
            double px = p * distinctFrequencies[k];
            gammaRatio[k] = Gamma.logGamma(px + q) - Gamma.logGamma(px);
            sum += customersPerFrequency[k] * gammaRatio[k];
        }
        for (int i = 0; i < frequency.length; i++) {
            double px = p * frequency[i];
            sum += (px - 1) * logTotalSpend[i] - (px + q) * Math.log(v + totalSpend[i]);
        }
        return sum;
    }
}
