package io.motiv.valuation.clv.model;

/**
 * BG/NBD parameters (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"): while active, a customer
 * buys at Poisson rate lambda ~ Gamma(shape r, rate alpha); after each repeat purchase they become inactive with
 * probability p ~ Beta(a, b). alpha is in the time unit of the data (alpha in days = 7 x alpha in weeks).
 */
public record BgNbdParameters(double r, double alpha, double a, double b) {

    public BgNbdParameters {
        requirePositive("r", r);
        requirePositive("alpha", alpha);
        requirePositive("a", a);
        requirePositive("b", b);
    }

    static void requirePositive(String name, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
        }
    }
}
