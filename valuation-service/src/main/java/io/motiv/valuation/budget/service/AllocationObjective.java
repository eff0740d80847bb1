package io.motiv.valuation.budget.service;

/** What "expected value" of a segment means for a budget split, taken from its latest valuation. */
public enum AllocationObjective {
    /** Total CLV of the segment's members (0 without a CLV model). */
    CLV,
    /** Net revenue in the valued period (negative counts as 0). */
    REVENUE,
    /** The composite value score. */
    VALUE_SCORE,
    /** Market potential (0 without market inputs). */
    MARKET_POTENTIAL
}
