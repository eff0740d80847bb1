package io.motiv.valuation.clv;

/** How a model's fit went. Only a FITTED model has predictions and serves lifetime values. */
public enum ClvModelStatus {
    /** Created, not fitted (not used by fits of this version). */
    DRAFT,
    /** Both fits converged; predictions are stored. */
    FITTED,
    /** A fit ran but did not converge (see the model's status reason and flags); no predictions. */
    NOT_CONVERGED,
    /** A fit could not be computed at all; no predictions. */
    FAILED
}
