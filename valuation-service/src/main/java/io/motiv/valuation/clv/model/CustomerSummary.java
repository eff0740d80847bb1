package io.motiv.valuation.clv.model;

/**
 * One customer's calibration-period purchase history as the BG/NBD and Gamma-Gamma models need it, all times in
 * the same {@link PurchaseTimeUnit}.
 *
 * @param frequency x: number of repeat purchase occasions (purchase occasions after the first one)
 * @param recency t_x: time from the first to the last purchase occasion; 0 when x = 0
 * @param age T: time from the first purchase occasion to the end of the calibration period
 * @param meanRepeatSpend m: mean spend per repeat occasion; 0 when x = 0 (the first purchase is not counted,
 *     following Fader, Hardie &amp; Lee 2005, "RFM and CLV")
 */
public record CustomerSummary(int frequency, double recency, double age, double meanRepeatSpend) {

    public CustomerSummary {
        if (frequency < 0) {
            throw new IllegalArgumentException("frequency x must be >= 0, was " + frequency);
        }
        requireFiniteNonNegative("recency t_x", recency);
        requireFiniteNonNegative("age T", age);
        requireFiniteNonNegative("mean repeat spend m", meanRepeatSpend);
        if (recency > age) {
            throw new IllegalArgumentException("recency t_x (" + recency + ") must not exceed age T (" + age + ")");
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException("recency t_x must be 0 when frequency x is 0, was " + recency);
        }
        if (frequency == 0 && meanRepeatSpend != 0) {
            throw new IllegalArgumentException(
                    "mean repeat spend m must be 0 when frequency x is 0 (no repeat purchases), was " + meanRepeatSpend);
        }
    }

    /** A summary for the purchase model alone, without spend. */
    public static CustomerSummary withoutSpend(int frequency, double recency, double age) {
        return new CustomerSummary(frequency, recency, age, 0.0);
    }

    private static void requireFiniteNonNegative(String name, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
    }
}
