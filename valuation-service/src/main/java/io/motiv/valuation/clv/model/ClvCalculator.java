package io.motiv.valuation.clv.model;

/**
 * Customer lifetime value over a horizon of whole months from a fitted BG/NBD purchase model and a fitted
 * Gamma-Gamma spend model, discounted monthly; the approach of {@code lifetimes}' {@code customer_lifetime_value}
 * (Fader, Hardie &amp; Lee 2005, "RFM and CLV", combine the two models the same way, there in continuous time):
 * <pre>
 * CLV = E[M | x, m] * sum over k = 1..H of (E[Y(k u) | x, t_x, T] - E[Y((k - 1) u) | x, t_x, T]) / (1 + d)^k
 * </pre>
 * with H the horizon in months, u the time units per month, d the monthly discount rate, E[Y(t) | ...] the BG/NBD
 * conditional expectation (eq. 10) and E[M | ...] the Gamma-Gamma expected spend. Each month's expected purchases
 * are discounted as if paid at the month's end. It is the value of future purchases only; margin, if wanted, is
 * applied to the spend before fitting or to the result.
 *
 * <p>Unlike {@code lifetimes}, which uses 30 days or 4.345 weeks per month, {@link #forUnit} uses the mean
 * Gregorian month, so the same history in days and in weeks gives the same CLV.
 */
public final class ClvCalculator {

    private final BgNbdModel purchases;
    private final GammaGammaModel spend;
    private final double timeUnitsPerMonth;

    /** @param timeUnitsPerMonth the models' time units in one month (30 reproduces lifetimes' daily default) */
    public ClvCalculator(BgNbdModel purchases, GammaGammaModel spend, double timeUnitsPerMonth) {
        if (purchases == null || spend == null) {
            throw new IllegalArgumentException("CLV needs both a purchase model and a spend model");
        }
        if (!Double.isFinite(timeUnitsPerMonth) || timeUnitsPerMonth <= 0) {
            throw new IllegalArgumentException("time units per month must be finite and > 0, was " + timeUnitsPerMonth);
        }
        this.purchases = purchases;
        this.spend = spend;
        this.timeUnitsPerMonth = timeUnitsPerMonth;
    }

    /** For models fitted to summaries in {@code unit}, with mean Gregorian months. */
    public static ClvCalculator forUnit(BgNbdModel purchases, GammaGammaModel spend, PurchaseTimeUnit unit) {
        if (unit == null) {
            throw new IllegalArgumentException("time unit is missing");
        }
        return new ClvCalculator(purchases, spend, unit.perMonth());
    }

    /**
     * @param months horizon H, >= 1
     * @param monthlyDiscountRate d as a fraction, 0 &lt;= d &lt; 1 (0.01 is 1 % a month, about 12.7 % a year)
     */
    public double lifetimeValue(CustomerSummary customer, int months, double monthlyDiscountRate) {
        return estimate(customer, months, monthlyDiscountRate).lifetimeValue();
    }

    /** CLV with the quantities it is made of. */
    public ClvEstimate estimate(CustomerSummary customer, int months, double monthlyDiscountRate) {
        if (customer == null) {
            throw new IllegalArgumentException("customer summary is missing");
        }
        if (months < 1) {
            throw new IllegalArgumentException("CLV horizon must be at least 1 month, was " + months);
        }
        if (!Double.isFinite(monthlyDiscountRate) || monthlyDiscountRate < 0 || monthlyDiscountRate >= 1) {
            throw new IllegalArgumentException("monthly discount rate must be a fraction in [0, 1) (0.01 = 1 % a month),"
                    + " was " + monthlyDiscountRate);
        }
        double expectedSpend = spend.expectedAverageSpend(customer);
        double discountedPurchases = 0;
        double purchasesSoFar = 0;
        double discount = 1;
        for (int month = 1; month <= months; month++) {
            double cumulative = purchases.expectedPurchases(customer, month * timeUnitsPerMonth);
            discount /= 1 + monthlyDiscountRate;
            discountedPurchases += (cumulative - purchasesSoFar) * discount;
            purchasesSoFar = cumulative;
        }
        return new ClvEstimate(purchases.probabilityAlive(customer), purchasesSoFar, expectedSpend,
                expectedSpend * discountedPurchases);
    }

    /**
     * @param probabilityAlive P(alive) now
     * @param expectedPurchases expected repeat purchases over the whole horizon, undiscounted
     * @param expectedAverageSpend Gamma-Gamma expected spend per purchase
     * @param lifetimeValue discounted expected spend over the horizon
     */
    public record ClvEstimate(double probabilityAlive, double expectedPurchases, double expectedAverageSpend,
                              double lifetimeValue) {
    }
}
