package io.motiv.valuation.clv.model;

import java.util.Optional;

/**
 * The result of {@link GammaGammaModel#fit}; check {@link #converged()} before using the model.
 *
 * @param logLikelihood total log-likelihood of the repeat customers' mean spends, in the data's money unit
 * @param standardErrors asymptotic standard errors (inverse Hessian, delta method), absent when the Hessian is not
 *     positive definite at the optimum
 * @param repeatCustomers number of customers fitted: those with x &gt; 0
 */
public record GammaGammaFit(GammaGammaModel model, double logLikelihood,
                            Optional<GammaGammaParameters> standardErrors, int repeatCustomers,
                            FitDiagnostics diagnostics) {

    public GammaGammaParameters parameters() {
        return model.parameters();
    }

    public boolean converged() {
        return diagnostics.converged();
    }
}
