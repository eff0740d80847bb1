package io.motiv.valuation.clv.model;

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) = sum over n >= 0 of (a)_n (b)_n / ((c)_n n!) z^n, by its power
 * series, for 0 <= z < 1 (the range the BG/NBD expectations need: z = t / (alpha + T + t)).
 *
 * <p>The series is summed until a bound on its remainder, not merely the last term, is below 1e-15 of the sum
 * (the bound is derived in {@link #tailAfterFirstTerm}). The term ratio tends to z, so close to z = 1 this needs
 * about 35 / (1 - z) terms (z = 0.99999: 3.5 million terms, a few milliseconds, relative error about 1e-11 from
 * rounding in the term recurrence); a series that has not converged within {@value #MAX_TERMS} terms throws
 * {@link ArithmeticException} rather than returning an inaccurate value.
 */
final class GaussHypergeometric {

    static final int MAX_TERMS = 5_000_000;
    private static final double RELATIVE_TOLERANCE = 1e-15;

    private GaussHypergeometric() {
    }

    /** 2F1(a, b; c; z); c must not be 0 or a negative integer. */
    static double value(double a, double b, double c, double z) {
        if (c <= 0 && c == Math.rint(c)) {
            throw new IllegalArgumentException("2F1 is undefined for c = " + c + " (0 or a negative integer)");
        }
        // 2F1 = 1 + (a b / c) z + ... = 1 + (b / c) * tailAfterFirstTerm(a, b, c, z)
        return 1.0 + b / c * tailAfterFirstTerm(a, b, c, z);
    }

    /**
     * (c / b) * (2F1(a, b; c; z) - 1) = sum over n >= 1 of (a)_n (b + 1)_(n-1) / ((c + 1)_(n-1) n!) z^n.
     *
     * <p>Written this way it stays finite where 2F1 itself cannot be used directly: at b = 0 (the BG/NBD expectations
     * divide by a - 1, which is the b here) and at c = 0 (a + b + x - 1 = 0). Requires c > -1.
     */
    static double tailAfterFirstTerm(double a, double b, double c, double z) {
        if (!(z >= 0 && z < 1)) {
            throw new IllegalArgumentException("2F1 series is implemented for 0 <= z < 1, z was " + z);
        }
        if (!(c > -1) || !Double.isFinite(a) || !Double.isFinite(b) || !Double.isFinite(c)) {
            throw new IllegalArgumentException("2F1 tail needs finite a, b and c > -1: a=" + a + ", b=" + b + ", c=" + c);
        }
        if (z == 0) {
            return 0.0;
        }
        // Term ratio u(k+1)/u(k) = z * f(k), f(k) = (a + k)(b + k) / ((c + k)(k + 1)), and
        // f(k) - 1 = (slope k + intercept) / ((c + k)(k + 1)) <= 2 |slope| / k + 2 |intercept| / k^2 for k >= 2 (as c > -1).
        // So from index n on every ratio is at most rho = z (1 + 2 |slope| / n + 2 |intercept| / n^2), and once the
        // factors are positive (n > -a, n > -b) the remainder is at most |u(n+1)| rho / (1 - rho).
        double slope = a + b - c - 1;
        double intercept = a * b - c;
        double signsSettleAfter = Math.max(1, Math.max(-a, -b));
        double term = a * z;
        double sum = term;
        for (int n = 1; n < MAX_TERMS; n++) {
            term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            sum += term;
            if (n > signsSettleAfter) {
                double rho = z * (1 + 2 * Math.abs(slope) / n + 2 * Math.abs(intercept) / ((double) n * n));
                if (rho < 1) {
                    double remainderBound = Math.abs(term) * rho / (1 - rho);
                    if (remainderBound <= RELATIVE_TOLERANCE * Math.abs(sum) || remainderBound < Double.MIN_NORMAL) {
                        return sum;
                    }
                }
            }
        }
        throw new ArithmeticException("2F1 series did not converge within " + MAX_TERMS + " terms: a=" + a
                + ", b=" + b + ", c=" + c + ", z=" + z);
    }
}
