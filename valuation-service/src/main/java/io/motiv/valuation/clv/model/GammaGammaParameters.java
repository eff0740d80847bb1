package io.motiv.valuation.clv.model;

/**
 * Gamma-Gamma spend parameters (Fader, Hardie &amp; Lee 2005, "RFM and CLV: using iso-value curves for customer base
 * analysis"; Fader &amp; Hardie 2013, "The Gamma-Gamma model of monetary value", brucehardie.com/notes/025): each
 * transaction's value is Gamma(shape p, rate nu), and nu varies across customers as Gamma(shape q, rate v). v is in
 * the money unit of the data; p and q are unit-free.
 */
public record GammaGammaParameters(double p, double q, double v) {

    public GammaGammaParameters {
        BgNbdParameters.requirePositive("p", p);
        BgNbdParameters.requirePositive("q", q);
        BgNbdParameters.requirePositive("v", v);
    }
}
