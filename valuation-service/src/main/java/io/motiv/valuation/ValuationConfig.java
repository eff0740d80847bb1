package io.motiv.valuation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** valuation-service settings, under {@code motiv.valuation} (see docs/valuation.md). */
@ConfigMapping(prefix = "motiv.valuation")
public interface ValuationConfig {

    Clv clv();

    Score score();

    interface Clv {

        /** A fit is synchronous: above this many customers in the calibration data it is refused (VALIDATION). */
        @WithDefault("250000")
        int maxCustomers();

        /** The longest CLV horizon a fit accepts, in months. */
        @WithDefault("120")
        int maxHorizonMonths();
    }

    /**
     * Weights of the composite value score: score = sum of w_i * component_i / sum of the weights of the components
     * a segment has (see docs/valuation.md). Weights must be >= 0 and not all 0.
     */
    interface Score {

        /** Weight of the segment's revenue in the period, relative to the largest segment's. */
        @WithDefault("0.25")
        double revenue();

        /** Weight of the segment's total CLV, relative to the largest segment's. */
        @WithDefault("0.30")
        double clv();

        /** Weight of sales growth versus the previous period, mapped from [-100 %, +100 %] to [0, 1]. */
        @WithDefault("0.15")
        double growth();

        /** Weight of loyalty: 1 - churn risk (mean P(alive)). */
        @WithDefault("0.15")
        double loyalty();

        /** Weight of market potential, relative to the largest segment's. */
        @WithDefault("0.15")
        double marketPotential();
    }
}
