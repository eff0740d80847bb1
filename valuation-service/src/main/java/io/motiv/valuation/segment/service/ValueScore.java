package io.motiv.valuation.segment.service;

import io.motiv.valuation.ValuationConfig;

/**
 * The composite value score's weights, checked. Score of a segment (see docs/valuation.md):
 * <pre>
 * score = sum over available components c of w_c * s_c / sum over available components of w_c      (0..1)
 * s_revenue   = max(revenue, 0) / largest max(revenue, 0) among the segments
 * s_clv       = total CLV / largest total CLV                                  (needs a CLV model)
 * s_growth    = (clamp(sales growth, -1, 1) + 1) / 2                           (needs previous revenue)
 * s_loyalty   = 1 - churn risk = mean P(alive)                                 (needs a CLV model)
 * s_market    = market potential / largest market potential                    (needs market inputs)
 * </pre>
 * A relative component is 0 for every segment when the largest value is 0. An empty segment scores 0.
 */
public record ValueScore(double revenue, double clv, double growth, double loyalty, double marketPotential) {

    public ValueScore {
        double[] all = {revenue, clv, growth, loyalty, marketPotential};
        double sum = 0;
        for (double weight : all) {
            if (!Double.isFinite(weight) || weight < 0) {
                throw new IllegalArgumentException("motiv.valuation.score weights must be finite and >= 0");
            }
            sum += weight;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("motiv.valuation.score weights must not all be 0");
        }
    }

    public static ValueScore of(ValuationConfig.Score config) {
        return new ValueScore(config.revenue(), config.clv(), config.growth(), config.loyalty(), config.marketPotential());
    }

    /** Components are null when not available; relative ones already divided by the largest value. */
    public double score(Double revenueShareOfMax, Double clvShareOfMax, Double growthRate, Double churnRisk,
                        Double marketShareOfMax) {
        double weighted = 0;
        double weights = 0;
        if (revenueShareOfMax != null) {
            weighted += revenue * revenueShareOfMax;
            weights += revenue;
        }
        if (clvShareOfMax != null) {
            weighted += clv * clvShareOfMax;
            weights += clv;
        }
        if (growthRate != null) {
            weighted += growth * (Math.max(-1, Math.min(1, growthRate)) + 1) / 2;
            weights += growth;
        }
        if (churnRisk != null) {
            weighted += loyalty * (1 - churnRisk);
            weights += loyalty;
        }
        if (marketShareOfMax != null) {
            weighted += marketPotential * marketShareOfMax;
            weights += marketPotential;
        }
        return weights == 0 ? 0 : weighted / weights;
    }
}
