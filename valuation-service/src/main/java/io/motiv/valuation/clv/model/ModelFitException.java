package io.motiv.valuation.clv.model;

/** A model could not be fitted at all (as opposed to a fit that ran but did not converge, which is reported). */
public class ModelFitException extends RuntimeException {

    public ModelFitException(String message) {
        super(message);
    }
}
