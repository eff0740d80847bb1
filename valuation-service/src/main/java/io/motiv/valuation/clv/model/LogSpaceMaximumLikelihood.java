package io.motiv.valuation.clv.model;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Maximises a log-likelihood over positive parameters, searching their logarithms so that the search is unbounded
 * in effect and steps are relative. The optimiser is Powell's BOBYQA (Apache Commons Math 3): derivative-free, so
 * no hand-written gradients can be wrong, and economical in likelihood evaluations. It runs from several starting
 * points and keeps the best.
 *
 * <p>At the optimum the Hessian of the negative log-likelihood is computed by central differences; its inverse is
 * the asymptotic covariance of the log-parameters. Callers turn that into standard errors of the parameters with
 * the delta method: se(p) = p * se(log p). (At a stationary point this equals inverting the Hessian in the
 * parameters themselves, as {@code lifetimes} does.)
 */
final class LogSpaceMaximumLikelihood {

    /**
     * Log-parameters are searched in [-LOG_BOUND, LOG_BOUND]. The models rescale time and money to a mean of 1
     * first, so every plausible parameter lies well inside e^-20 .. e^20; one at the edge means the data do not
     * identify it.
     */
    static final double LOG_BOUND = 20;
    static final int MAX_EVALUATIONS_PER_START = 5_000;
    private static final double INITIAL_TRUST_RADIUS = 0.5;
    private static final double STOPPING_TRUST_RADIUS = 1e-9;
    private static final double AT_BOUND_MARGIN = 1e-3;
    private static final double DIFFERENCE_STEP = 1e-4;
    private static final double MAX_NEWTON_GAIN = 1e-6;
    private static final double SAME_OPTIMUM_RELATIVE = 1e-6;
    /** Stands in for a non-finite log-likelihood so that the optimiser moves away instead of failing. */
    private static final double NON_FINITE_PENALTY = 1e100;

    private LogSpaceMaximumLikelihood() {
    }

    /**
     * @param logParameters the best log-parameters found
     * @param covariance inverse Hessian of the negative log-likelihood in log-parameters, or null when the Hessian
     *     is not positive definite there
     */
    record Optimum(double[] logParameters, double logLikelihood, double[][] covariance, FitDiagnostics diagnostics) {

        double standardErrorOfParameter(int index) {
            return Math.exp(logParameters[index]) * Math.sqrt(covariance[index][index]);
        }
    }

    /**
     * @param logLikelihood of the log-parameters; may return a non-finite value where it is not defined
     * @param parameterNames for messages, in the order of the log-parameters
     * @param logStarts starting points (log-parameters)
     * @throws ModelFitException when no starting point reaches a finite log-likelihood
     */
    static Optimum maximise(ToDoubleFunction<double[]> logLikelihood, List<String> parameterNames,
                            List<double[]> logStarts) {
        int dimension = parameterNames.size();
        List<StartResult> results = new ArrayList<>();
        for (double[] start : logStarts) {
            results.add(runFrom(start, logLikelihood, dimension));
        }
        StartResult best = results.stream()
                .filter(result -> Double.isFinite(result.logLikelihood))
                .max((left, right) -> Double.compare(left.logLikelihood, right.logLikelihood))
                .orElseThrow(() -> new ModelFitException(
                        "the log-likelihood is not finite at any point the optimiser tried"));

        int atOptimum = 0;
        int iterations = 0;
        int evaluations = 0;
        for (StartResult result : results) {
            if (Math.abs(result.logLikelihood - best.logLikelihood)
                    <= SAME_OPTIMUM_RELATIVE * Math.max(1.0, Math.abs(best.logLikelihood))) {
                atOptimum++;
            }
            iterations += result.iterations;
            evaluations += result.evaluations;
        }

        CountingObjective objective = new CountingObjective(logLikelihood);
        double[] theta = best.logParameters;
        double[][] hessian = hessianOfNegative(objective, theta, best.logLikelihood);
        double[] gradient = gradient(objective, theta);
        evaluations += objective.evaluations;

        RealMatrix inverseHessian = inverseIfPositiveDefinite(hessian);
        double[][] covariance = inverseHessian == null ? null : inverseHessian.getData();
        // g' H^-1 g / 2: what one more Newton step would add to the log-likelihood (a scale-free convergence test).
        double newtonGain = inverseHessian == null ? Double.POSITIVE_INFINITY
                : 0.5 * new Array2DRowRealMatrix(gradient).transpose().multiply(inverseHessian).operate(gradient)[0];

        String status = convergenceStatus(best, theta, parameterNames, covariance != null, newtonGain);
        FitDiagnostics diagnostics = new FitDiagnostics(status == null, status == null ? "converged" : status,
                iterations, evaluations, logStarts.size(), atOptimum);
        return new Optimum(theta.clone(), best.logLikelihood, covariance, diagnostics);
    }

    /** The inverse, or null when the matrix is not positive definite (or, next to the search edge, not finite). */
    private static RealMatrix inverseIfPositiveDefinite(double[][] hessian) {
        for (double[] row : hessian) {
            for (double value : row) {
                if (!Double.isFinite(value)) {
                    return null;
                }
            }
        }
        try {
            return new CholeskyDecomposition(new Array2DRowRealMatrix(hessian, false)).getSolver().getInverse();
        } catch (NonPositiveDefiniteMatrixException flatOrSaddle) {
            return null;
        }
    }

    /** Null when converged, else why not. */
    private static String convergenceStatus(StartResult best, double[] theta, List<String> names,
                                            boolean hessianPositiveDefinite, double newtonGain) {
        if (!best.stoppedByOwnCriterion) {
            return "did not converge: the optimiser reached its limit of " + MAX_EVALUATIONS_PER_START
                    + " likelihood evaluations";
        }
        for (int i = 0; i < theta.length; i++) {
            if (Math.abs(theta[i]) > LOG_BOUND - AT_BOUND_MARGIN) {
                return "did not converge: parameter " + names.get(i) + " ran to the edge of the search range ("
                        + Math.exp(theta[i]) + " after rescaling), so the data do not identify it";
            }
        }
        if (!hessianPositiveDefinite) {
            return "did not converge to a strict maximum: the Hessian of the negative log-likelihood is not "
                    + "positive definite, so the parameters are not identified and have no standard errors";
        }
        if (!(newtonGain < MAX_NEWTON_GAIN)) {
            return "did not converge: a Newton step would still raise the log-likelihood by " + newtonGain;
        }
        return null;
    }

    private static StartResult runFrom(double[] logStart, ToDoubleFunction<double[]> logLikelihood, int dimension) {
        double[] lower = new double[dimension];
        double[] upper = new double[dimension];
        double[] start = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            lower[i] = -LOG_BOUND;
            upper[i] = LOG_BOUND;
            start[i] = Math.clamp(logStart[i], -LOG_BOUND + 1, LOG_BOUND - 1);
        }
        CountingObjective objective = new CountingObjective(logLikelihood);
        int interpolationPoints = 2 * dimension + 1;
        boolean stoppedByOwnCriterion;
        try {
            new BOBYQAOptimizer(interpolationPoints, INITIAL_TRUST_RADIUS, STOPPING_TRUST_RADIUS).optimize(
                    new MaxEval(MAX_EVALUATIONS_PER_START),
                    new ObjectiveFunction(objective::negative),
                    GoalType.MINIMIZE,
                    new InitialGuess(start),
                    new SimpleBounds(lower, upper));
            stoppedByOwnCriterion = true;
        } catch (TooManyEvaluationsException limitReached) {
            stoppedByOwnCriterion = false;
        }
        // The objective remembers its best point, so even a start that hit the limit reports where it got to.
        return new StartResult(objective.bestPoint, objective.bestValue, stoppedByOwnCriterion,
                Math.max(0, objective.evaluations - interpolationPoints), objective.evaluations);
    }

    /** Hessian of the negative log-likelihood by central differences (second-order accurate). */
    private static double[][] hessianOfNegative(CountingObjective f, double[] theta, double valueAtTheta) {
        int n = theta.length;
        double h = DIFFERENCE_STEP;
        double[][] hessian = new double[n][n];
        for (int i = 0; i < n; i++) {
            double plus = f.at(shifted(theta, i, h, -1, 0));
            double minus = f.at(shifted(theta, i, -h, -1, 0));
            hessian[i][i] = -(plus - 2 * valueAtTheta + minus) / (h * h);
            for (int j = 0; j < i; j++) {
                double pp = f.at(shifted(theta, i, h, j, h));
                double pm = f.at(shifted(theta, i, h, j, -h));
                double mp = f.at(shifted(theta, i, -h, j, h));
                double mm = f.at(shifted(theta, i, -h, j, -h));
                hessian[i][j] = -(pp - pm - mp + mm) / (4 * h * h);
                hessian[j][i] = hessian[i][j];
            }
        }
        return hessian;
    }

    /** Gradient of the log-likelihood by central differences. */
    private static double[] gradient(CountingObjective f, double[] theta) {
        double h = DIFFERENCE_STEP;
        double[] gradient = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            gradient[i] = (f.at(shifted(theta, i, h, -1, 0)) - f.at(shifted(theta, i, -h, -1, 0))) / (2 * h);
        }
        return gradient;
    }

    private static double[] shifted(double[] theta, int i, double di, int j, double dj) {
        double[] point = theta.clone();
        point[i] += di;
        if (j >= 0) {
            point[j] += dj;
        }
        return point;
    }

    private record StartResult(double[] logParameters, double logLikelihood, boolean stoppedByOwnCriterion,
                               int iterations, int evaluations) {
    }

    /** Counts evaluations and remembers the best finite point seen. */
    private static final class CountingObjective {

        private final ToDoubleFunction<double[]> logLikelihood;
        private int evaluations;
        private double[] bestPoint;
        private double bestValue = Double.NEGATIVE_INFINITY;

        CountingObjective(ToDoubleFunction<double[]> logLikelihood) {
            this.logLikelihood = logLikelihood;
        }

        double at(double[] theta) {
            evaluations++;
            double value = logLikelihood.applyAsDouble(theta);
            if (Double.isFinite(value) && value > bestValue) {
                bestValue = value;
                bestPoint = theta.clone();
            }
            return value;
        }

        double negative(double[] theta) {
            double value = at(theta);
            return Double.isFinite(value) ? -value : NON_FINITE_PENALTY;
        }
    }
}
