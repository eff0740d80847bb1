package io.motiv.valuation.budget.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Splits a budget in proportion to non-negative values, with every share kept within [minShare, maxShare]: shares
 * are clamp(lambda * value_i, minShare, maxShare) with lambda chosen so they sum to 1 (water-filling; found by
 * bisection, so deterministic). When the values cannot fill the budget (all 0, or too few above 0 with maxShare),
 * what is left is spread evenly over the segments still below maxShare. Amounts are rounded to cents; the rounding
 * remainder goes to the largest share (the first on ties).
 */
public final class BudgetSplit {

    private BudgetSplit() {
    }

    /** @throws IllegalArgumentException when the constraints cannot hold (checked by the caller with field names) */
    public static double[] shares(double[] values, double minShare, double maxShare) {
        int n = values.length;
        if (n == 0) {
            return new double[0];
        }
        if (minShare * n > 1 + 1e-12 || maxShare * n < 1 - 1e-12) {
            throw new IllegalArgumentException("minShare * n <= 1 <= maxShare * n does not hold");
        }
        double sum = Arrays.stream(values).sum();
        double[] shares = new double[n];
        if (sum <= 0) {
            Arrays.fill(shares, 1.0 / n);
            return clampAndFill(shares, minShare, maxShare);
        }
        double low = 0;
        double high = 1;
        while (total(values, high, minShare, maxShare) < 1 && high < 1e300) {
            high *= 2;
        }
        for (int i = 0; i < 200; i++) {
            double mid = (low + high) / 2;
            if (total(values, mid, minShare, maxShare) < 1) {
                low = mid;
            } else {
                high = mid;
            }
        }
        for (int i = 0; i < n; i++) {
            shares[i] = clamp(high * values[i], minShare, maxShare);
        }
        return clampAndFill(shares, minShare, maxShare);
    }

    public static BigDecimal[] amounts(BigDecimal budget, double[] shares) {
        BigDecimal[] amounts = new BigDecimal[shares.length];
        BigDecimal allocated = BigDecimal.ZERO;
        int largest = 0;
        for (int i = 0; i < shares.length; i++) {
            amounts[i] = budget.multiply(BigDecimal.valueOf(shares[i])).setScale(2, RoundingMode.HALF_EVEN);
            allocated = allocated.add(amounts[i]);
            if (shares[i] > shares[largest]) {
                largest = i;
            }
        }
        if (shares.length > 0) {
            amounts[largest] = amounts[largest].add(budget.setScale(2, RoundingMode.HALF_EVEN).subtract(allocated));
        }
        return amounts;
    }

    /** Spreads what is missing to 1 (or removes an excess) evenly over the shares with room, then renormalises. */
    private static double[] clampAndFill(double[] shares, double minShare, double maxShare) {
        for (int round = 0; round < shares.length + 1; round++) {
            double missing = 1 - Arrays.stream(shares).sum();
            if (Math.abs(missing) < 1e-12) {
                break;
            }
            int room = 0;
            for (double share : shares) {
                if (missing > 0 ? share < maxShare - 1e-15 : share > minShare + 1e-15) {
                    room++;
                }
            }
            if (room == 0) {
                break;
            }
            for (int i = 0; i < shares.length; i++) {
                if (missing > 0 ? shares[i] < maxShare - 1e-15 : shares[i] > minShare + 1e-15) {
                    shares[i] = clamp(shares[i] + missing / room, minShare, maxShare);
                }
            }
        }
        return shares;
    }

    private static double total(double[] values, double lambda, double minShare, double maxShare) {
        double total = 0;
        for (double value : values) {
            total += clamp(lambda * value, minShare, maxShare);
        }
        return total;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
