package io.motiv.valuation.clv;

/** Whether the model has been fitted. */
public enum ClvModelStatus {
    DRAFT,
    FITTED,
    FAILED
}
