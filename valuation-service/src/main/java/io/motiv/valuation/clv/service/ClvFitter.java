package io.motiv.valuation.clv.service;

import io.motiv.service.api.ValidationException;
import io.motiv.valuation.clv.ClvModelFlag;
import io.motiv.valuation.clv.ClvModelStatus;
import io.motiv.valuation.clv.model.BgNbdFit;
import io.motiv.valuation.clv.model.BgNbdModel;
import io.motiv.valuation.clv.model.CalibrationSummaries;
import io.motiv.valuation.clv.model.ClvCalculator;
import io.motiv.valuation.clv.model.CustomerSummary;
import io.motiv.valuation.clv.model.GammaGammaFit;
import io.motiv.valuation.clv.model.GammaGammaModel;
import io.motiv.valuation.clv.model.ModelFitException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns purchase days into customer summaries, fits BG/NBD and Gamma-Gamma and predicts every customer. Plain Java,
 * CPU-bound: callers run it off the event loop.
 *
 * <p>Refunds: a refund line carries its own order id and no link to the order it refunds, so it is netted against
 * the same customer's purchase occasions up to its day, latest first, none below 0. A refund larger than what the
 * customer bought before it is ignored beyond that.
 */
public final class ClvFitter {

    static final int FEW_REPEAT_CUSTOMERS = 30;
    static final double DEPENDENCE_THRESHOLD = 0.3;

    private ClvFitter() {
    }

    /**
     * @param days one customer's days together and in day order, none after the calibration end
     * @throws ValidationException when the data cannot be fitted at all (no customers, no repeat purchases, no
     *     positive repeat spend)
     */
    public static ClvFitResult fit(List<PurchaseDay> days, FitSettings settings) {
        long started = System.nanoTime();
        List<ClvModelFlag> flags = new ArrayList<>();
        CalibrationSummaries summaries = summarise(days, settings, flags);
        Map<String, CustomerSummary> byCustomer = summaries.byCustomer();
        if (summaries.excludedCustomers() > 0) {
            flags.add(ClvModelFlag.CUSTOMERS_AFTER_CALIBRATION_END);
        }
        if (byCustomer.isEmpty()) {
            throw new ValidationException("calibrationEnd", "no customer has a purchase on or before "
                    + settings.calibrationEnd() + " in " + settings.currency());
        }
        List<CustomerSummary> all = List.copyOf(byCustomer.values());
        List<CustomerSummary> repeat = all.stream().filter(s -> s.frequency() > 0).toList();
        if (repeat.isEmpty()) {
            throw new ValidationException("calibrationEnd", "no customer has a repeat purchase on or before "
                    + settings.calibrationEnd() + " in " + settings.currency() + ": the models need repeat purchases");
        }
        List<CustomerSummary> spending = repeat.stream().filter(s -> s.meanRepeatSpend() > 0).toList();
        if (spending.isEmpty()) {
            throw new ValidationException("calibrationEnd", "no repeat customer has a positive repeat spend on or before "
                    + settings.calibrationEnd() + " in " + settings.currency());
        }
        if (spending.size() < repeat.size()) {
            flags.add(ClvModelFlag.ZERO_SPEND_CUSTOMERS_EXCLUDED);
        }
        if (repeat.size() < FEW_REPEAT_CUSTOMERS) {
            flags.add(ClvModelFlag.FEW_REPEAT_CUSTOMERS);
        }
        Double correlation = correlation(spending);
        if (correlation != null && Math.abs(correlation) > DEPENDENCE_THRESHOLD) {
            flags.add(ClvModelFlag.SPEND_DEPENDS_ON_FREQUENCY);
        }

        BgNbdFit purchaseFit;
        GammaGammaFit spendFit = null;
        try {
            purchaseFit = BgNbdModel.fit(all);
            spendFit = GammaGammaModel.fit(spending);
        } catch (ModelFitException | IllegalArgumentException e) {
            return new ClvFitResult(ClvModelStatus.FAILED, e.getMessage(), flags, null, null, all.size(), repeat.size(),
                    summaries.excludedCustomers(), correlation, null, millisSince(started));
        }
        if (!purchaseFit.converged()) {
            flags.add(ClvModelFlag.PURCHASE_MODEL_NOT_CONVERGED);
        }
        if (!spendFit.converged()) {
            flags.add(ClvModelFlag.SPEND_MODEL_NOT_CONVERGED);
        }
        if (purchaseFit.standardErrors().isEmpty() || spendFit.standardErrors().isEmpty()) {
            flags.add(ClvModelFlag.NO_STANDARD_ERRORS);
        }
        boolean spendMeanDefined = spendFit.parameters().q() > 1;
        if (!spendMeanDefined) {
            flags.add(ClvModelFlag.SPEND_MEAN_UNDEFINED);
        }
        if (!purchaseFit.converged() || !spendFit.converged() || !spendMeanDefined) {
            String reason = !purchaseFit.converged() ? "purchase model: " + purchaseFit.diagnostics().status()
                    : !spendFit.converged() ? "spend model: " + spendFit.diagnostics().status()
                    : "spend model: q <= 1, the mean spend is infinite";
            return new ClvFitResult(ClvModelStatus.NOT_CONVERGED, reason, flags, purchaseFit, spendFit, all.size(),
                    repeat.size(), summaries.excludedCustomers(), correlation, null, millisSince(started));
        }
        try {
            ClvFitResult.Predictions predictions = predict(byCustomer, purchaseFit, spendFit, settings);
            return new ClvFitResult(ClvModelStatus.FITTED, "both models converged", flags, purchaseFit, spendFit,
                    all.size(), repeat.size(), summaries.excludedCustomers(), correlation, predictions, millisSince(started));
        } catch (ArithmeticException | IllegalStateException e) {
            return new ClvFitResult(ClvModelStatus.FAILED, "predictions: " + e.getMessage(), flags, purchaseFit, spendFit,
                    all.size(), repeat.size(), summaries.excludedCustomers(), correlation, null, millisSince(started));
        }
    }

    /** Nets refunds (see the class comment) and builds the calibration summaries. */
    static CalibrationSummaries summarise(List<PurchaseDay> days, FitSettings settings, List<ClvModelFlag> flags) {
        CalibrationSummaries.Builder builder = CalibrationSummaries.builder(settings.calibrationEnd(), settings.unit());
        boolean netted = false;
        int i = 0;
        while (i < days.size()) {
            String customer = days.get(i).customerId();
            List<LocalDate> occasionDays = new ArrayList<>();
            List<double[]> amounts = new ArrayList<>();
            for (; i < days.size() && days.get(i).customerId().equals(customer); i++) {
                PurchaseDay day = days.get(i);
                if (day.purchase()) {
                    occasionDays.add(day.day());
                    amounts.add(new double[]{day.bought()});
                }
                double refund = day.refunded();
                for (int k = amounts.size() - 1; k >= 0 && refund > 0; k--) {
                    double taken = Math.min(refund, amounts.get(k)[0]);
                    amounts.get(k)[0] -= taken;
                    refund -= taken;
                    netted = true;
                }
            }
            for (int k = 0; k < occasionDays.size(); k++) {
                builder.add(customer, occasionDays.get(k), Math.max(0, amounts.get(k)[0]));
            }
        }
        if (netted) {
            flags.add(ClvModelFlag.REFUNDS_NETTED);
        }
        return builder.build();
    }

    private static ClvFitResult.Predictions predict(Map<String, CustomerSummary> byCustomer, BgNbdFit purchaseFit,
                                                    GammaGammaFit spendFit, FitSettings settings) {
        ClvCalculator calculator = ClvCalculator.forUnit(purchaseFit.model(), spendFit.model(), settings.unit());
        int n = byCustomer.size();
        String[] ids = new String[n];
        int[] frequency = new int[n];
        double[] recency = new double[n];
        double[] age = new double[n];
        double[] spend = new double[n];
        double[] alive = new double[n];
        double[] purchases = new double[n];
        double[] expectedSpend = new double[n];
        double[] value = new double[n];
        int i = 0;
        for (Map.Entry<String, CustomerSummary> entry : byCustomer.entrySet()) {
            CustomerSummary summary = entry.getValue();
            ClvCalculator.ClvEstimate estimate = calculator.estimate(summary, settings.horizonMonths(),
                    settings.monthlyDiscountRate());
            ids[i] = entry.getKey();
            frequency[i] = summary.frequency();
            recency[i] = summary.recency();
            age[i] = summary.age();
            spend[i] = summary.meanRepeatSpend();
            alive[i] = finite(estimate.probabilityAlive(), "P(alive)", entry.getKey());
            purchases[i] = finite(estimate.expectedPurchases(), "expected purchases", entry.getKey());
            expectedSpend[i] = finite(estimate.expectedAverageSpend(), "expected spend", entry.getKey());
            value[i] = finite(estimate.lifetimeValue(), "CLV", entry.getKey());
            i++;
        }
        return new ClvFitResult.Predictions(ids, frequency, recency, age, spend, alive, purchases, expectedSpend, value);
    }

    private static double finite(double value, String what, String customer) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException(what + " is not finite for customer " + customer);
        }
        return value;
    }

    /** Pearson correlation of x and m over repeat customers; null when undefined (fewer than 2, or no variance). */
    static Double correlation(List<CustomerSummary> repeat) {
        int n = repeat.size();
        if (n < 2) {
            return null;
        }
        double mx = 0;
        double mm = 0;
        for (CustomerSummary s : repeat) {
            mx += s.frequency();
            mm += s.meanRepeatSpend();
        }
        mx /= n;
        mm /= n;
        double sxx = 0;
        double smm = 0;
        double sxm = 0;
        for (CustomerSummary s : repeat) {
            double dx = s.frequency() - mx;
            double dm = s.meanRepeatSpend() - mm;
            sxx += dx * dx;
            smm += dm * dm;
            sxm += dx * dm;
        }
        double r = sxm / Math.sqrt(sxx * smm);
        return Double.isFinite(r) ? r : null;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
