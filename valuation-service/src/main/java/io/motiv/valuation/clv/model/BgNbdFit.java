package io.motiv.valuation.clv.model;

import java.util.Optional;

/**
 * The result of {@link BgNbdModel#fit}. A fit that did not converge is still returned, with the best point found,
 * so that callers can show why; check {@link #converged()} before using the model.
 *
 * @param logLikelihood total log-likelihood at the fitted parameters, in the data's time unit
 * @param standardErrors asymptotic standard errors (inverse Hessian, delta method), absent when the Hessian of the
 *     negative log-likelihood is not positive definite at the optimum
 * @param customers number of customers fitted
 */
public record BgNbdFit(BgNbdModel model, double logLikelihood, Optional<BgNbdParameters> standardErrors,
                       int customers, FitDiagnostics diagnostics) {

    public BgNbdParameters parameters() {
        return model.parameters();
    }

    public boolean converged() {
        return diagnostics.converged();
    }
}
