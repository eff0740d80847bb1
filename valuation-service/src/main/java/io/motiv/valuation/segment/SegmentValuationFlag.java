package io.motiv.valuation.segment;

/** Why some of a segment valuation's metrics are missing or should be read with care. */
public enum SegmentValuationFlag {
    /** The segment has no members: every metric is 0 or null and the score is 0. */
    EMPTY_SEGMENT,
    /** No member bought in the period: order value, frequency and repeat rate are undefined. */
    NO_PURCHASES_IN_PERIOD,
    /** No revenue in the previous period: sales growth is undefined. */
    NO_PREVIOUS_REVENUE,
    /** No member bought in the previous period: retention is undefined. */
    NO_PREVIOUS_BUYERS,
    /** No FITTED CLV model in the currency: churn risk and CLV are undefined. */
    NO_CLV_MODEL,
    /** Some members have no CLV prediction (not in the model's calibration data). */
    PARTIAL_CLV_COVERAGE,
    /** No market inputs for the segment: market potential is undefined. */
    NO_MARKET_INPUTS,
    /** Net revenue in the period is negative (refunds exceed purchases). */
    NEGATIVE_REVENUE
}
