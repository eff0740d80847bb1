package io.motiv.valuation.clv.model;

/**
 * How a maximum-likelihood fit went.
 *
 * @param converged true only when the optimiser stopped by its own criterion (not by the evaluation limit), no
 *     parameter sits at the edge of the search range, the Hessian of the negative log-likelihood is positive
 *     definite, and one more Newton step would raise the log-likelihood by less than 1e-6
 * @param status a sentence saying why the fit did or did not converge
 * @param iterations optimiser iterations over all starting points (BOBYQA makes one likelihood evaluation per
 *     iteration once its 2n + 1 interpolation points are set up)
 * @param evaluations log-likelihood evaluations over all starting points, including those for the Hessian
 * @param startingPoints how many starting points were tried
 * @param startingPointsAtOptimum how many of them ended within 1e-6 (relative) of the best log-likelihood; fewer
 *     than all hints at a multimodal or flat likelihood
 */
public record FitDiagnostics(boolean converged, String status, int iterations, int evaluations, int startingPoints,
                             int startingPointsAtOptimum) {
}
