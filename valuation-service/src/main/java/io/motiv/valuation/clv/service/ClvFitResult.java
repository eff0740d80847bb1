package io.motiv.valuation.clv.service;

import io.motiv.valuation.clv.ClvModelFlag;
import io.motiv.valuation.clv.ClvModelStatus;
import io.motiv.valuation.clv.model.BgNbdFit;
import io.motiv.valuation.clv.model.GammaGammaFit;

import java.util.List;

/**
 * The outcome of {@link ClvFitter#fit}: the fits (null when not reached), flags, and for a FITTED model one
 * prediction per customer.
 */
public record ClvFitResult(ClvModelStatus status, String statusReason, List<ClvModelFlag> flags, BgNbdFit purchaseFit,
                           GammaGammaFit spendFit, int customers, int repeatCustomers, int excludedCustomers,
                           Double spendFrequencyCorrelation, Predictions predictions, long fitMillis) {

    /** Column arrays, one entry per customer, all finite. */
    public record Predictions(String[] customerIds, int[] frequency, double[] recency, double[] age,
                              double[] meanRepeatSpend, double[] probabilityAlive, double[] expectedPurchases,
                              double[] expectedSpend, double[] lifetimeValue) {

        public int size() {
            return customerIds.length;
        }
    }
}
