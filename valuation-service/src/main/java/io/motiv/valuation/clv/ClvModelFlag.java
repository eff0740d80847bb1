package io.motiv.valuation.clv;

/** Facts about a fit that a user of its numbers should know. */
public enum ClvModelFlag {
    /** The purchase model (BG/NBD) did not converge. */
    PURCHASE_MODEL_NOT_CONVERGED,
    /** The spend model (Gamma-Gamma) did not converge. */
    SPEND_MODEL_NOT_CONVERGED,
    /** Standard errors are missing for at least one model (Hessian not positive definite). */
    NO_STANDARD_ERRORS,
    /** The Gamma-Gamma q is at most 1: the population mean spend is infinite, so no spend can be predicted. */
    SPEND_MEAN_UNDEFINED,
    /** Repeat customers whose mean repeat spend is 0 (free or fully refunded orders) were left out of the spend fit. */
    ZERO_SPEND_CUSTOMERS_EXCLUDED,
    /** Refund lines were netted against earlier purchases of the same customer. */
    REFUNDS_NETTED,
    /** Customers whose first purchase is after the calibration end were left out. */
    CUSTOMERS_AFTER_CALIBRATION_END,
    /** The calibration end is after the last purchase of the data: the customers' ages include days without data. */
    CALIBRATION_END_AFTER_LAST_PURCHASE,
    /** |corr(x, m)| over repeat customers is above 0.3: Gamma-Gamma's independence assumption is doubtful. */
    SPEND_DEPENDS_ON_FREQUENCY,
    /** Fewer than 30 repeat customers: estimates are unreliable. */
    FEW_REPEAT_CUSTOMERS
}
