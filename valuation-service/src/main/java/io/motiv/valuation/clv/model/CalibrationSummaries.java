package io.motiv.valuation.clv.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Per-customer {@link CustomerSummary summaries} of raw purchases (customer id, time, amount) for a calibration
 * period that ends on a given day, following Fader &amp; Hardie and the {@code lifetimes} package
 * ({@code summary_data_from_transaction_data} with daily periods):
 * <ul>
 *   <li>a <em>purchase occasion</em> is a calendar day with at least one purchase: several purchases on the same day
 *       count once and their amounts are added up;</li>
 *   <li>x = number of occasions after the first; t_x = days from the first to the last occasion; T = days from the
 *       first occasion to the calibration end; all divided by the {@link PurchaseTimeUnit};</li>
 *   <li>m = mean amount of the repeat occasions (the first occasion's amount is left out);</li>
 *   <li>purchases after the calibration end are ignored (they are the hold-out period), and customers whose first
 *       purchase is after the calibration end are <strong>excluded</strong>: they have no calibration history
 *       (their number is {@link #excludedCustomers()}).</li>
 * </ul>
 * The calibration end day is inclusive: a purchase on that day belongs to the calibration period.
 */
public final class CalibrationSummaries {

    private final LocalDate calibrationEnd;
    private final PurchaseTimeUnit unit;
    private final SortedMap<String, CustomerSummary> summaries;
    private final int excludedCustomers;

    private CalibrationSummaries(LocalDate calibrationEnd, PurchaseTimeUnit unit,
                                 SortedMap<String, CustomerSummary> summaries, int excludedCustomers) {
        this.calibrationEnd = calibrationEnd;
        this.unit = unit;
        this.summaries = Collections.unmodifiableSortedMap(summaries);
        this.excludedCustomers = excludedCustomers;
    }

    /** Starts collecting purchases for a calibration period ending on {@code calibrationEnd} (inclusive). */
    public static Builder builder(LocalDate calibrationEnd, PurchaseTimeUnit unit) {
        return new Builder(calibrationEnd, unit);
    }

    public LocalDate calibrationEnd() {
        return calibrationEnd;
    }

    public PurchaseTimeUnit unit() {
        return unit;
    }

    /** Summaries by customer id, ids in string order. */
    public SortedMap<String, CustomerSummary> byCustomer() {
        return summaries;
    }

    /** Customers left out because their first purchase is after the calibration end. */
    public int excludedCustomers() {
        return excludedCustomers;
    }

    /** Collects purchases; not thread-safe. */
    public static final class Builder {

        private final LocalDate calibrationEnd;
        private final PurchaseTimeUnit unit;
        private final Map<String, PurchaseDays> purchasesByCustomer = new HashMap<>();
        private ZoneId zone = ZoneOffset.UTC;

        private Builder(LocalDate calibrationEnd, PurchaseTimeUnit unit) {
            this.calibrationEnd = Objects.requireNonNull(calibrationEnd, "calibrationEnd");
            this.unit = Objects.requireNonNull(unit, "unit");
        }

        /** The time zone whose calendar days are the purchase occasions of {@link Instant} purchases (UTC if unset). */
        public Builder zone(ZoneId zone) {
            this.zone = Objects.requireNonNull(zone, "zone");
            return this;
        }

        /** Adds a purchase at an instant; its day is taken in {@link #zone(ZoneId)}. */
        public Builder add(String customerId, Instant purchasedAt, double amount) {
            if (purchasedAt == null) {
                throw new IllegalArgumentException("purchase time is missing for customer " + customerId);
            }
            return add(customerId, LocalDate.ofInstant(purchasedAt, zone), amount);
        }

        /**
         * Adds a purchase on a day.
         *
         * @param amount the spend, >= 0; refunds must be netted against their order before summarising, because a
         *     refund on a later day is not a purchase occasion
         */
        public Builder add(String customerId, LocalDate purchaseDate, double amount) {
            if (customerId == null || customerId.isBlank()) {
                throw new IllegalArgumentException("customer id must not be blank");
            }
            if (purchaseDate == null) {
                throw new IllegalArgumentException("purchase date is missing for customer " + customerId);
            }
            if (!Double.isFinite(amount) || amount < 0) {
                throw new IllegalArgumentException("purchase amount must be finite and >= 0 (net refunds first), was "
                        + amount + " for customer " + customerId + " on " + purchaseDate);
            }
            purchasesByCustomer.computeIfAbsent(customerId, id -> new PurchaseDays())
                    .add(purchaseDate.toEpochDay(), amount);
            return this;
        }

        public CalibrationSummaries build() {
            long endDay = calibrationEnd.toEpochDay();
            SortedMap<String, CustomerSummary> summaries = new TreeMap<>();
            int excluded = 0;
            for (Map.Entry<String, PurchaseDays> customer : purchasesByCustomer.entrySet()) {
                CustomerSummary summary = customer.getValue().summarise(endDay, unit);
                if (summary == null) {
                    excluded++;
                } else {
                    summaries.put(customer.getKey(), summary);
                }
            }
            return new CalibrationSummaries(calibrationEnd, unit, summaries, excluded);
        }
    }

    /** One customer's purchases as parallel primitive arrays (epoch day, amount), kept small for large imports. */
    private static final class PurchaseDays {

        private long[] days = new long[4];
        private double[] amounts = new double[4];
        private int size;

        void add(long day, double amount) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                amounts = Arrays.copyOf(amounts, size * 2);
            }
            days[size] = day;
            amounts[size] = amount;
            size++;
        }

        /** The summary up to {@code endDay} inclusive, or null when the first purchase is after it. */
        CustomerSummary summarise(long endDay, PurchaseTimeUnit unit) {
            sortByDay();
            if (days[0] > endDay) {
                return null;
            }
            long firstDay = days[0];
            long lastOccasionDay = firstDay;
            int repeatOccasions = 0;
            double repeatSpend = 0;
            for (int i = 0; i < size && days[i] <= endDay; i++) {
                if (days[i] != firstDay) {
                    if (days[i] != lastOccasionDay) {
                        repeatOccasions++;
                        lastOccasionDay = days[i];
                    }
                    repeatSpend += amounts[i];
                }
            }
            double meanRepeatSpend = repeatOccasions == 0 ? 0.0 : repeatSpend / repeatOccasions;
            return new CustomerSummary(repeatOccasions, unit.fromDays(lastOccasionDay - firstDay),
                    unit.fromDays(endDay - firstDay), meanRepeatSpend);
        }

        /** Purchases mostly arrive in time order: check that first, and sort only when they do not. */
        private void sortByDay() {
            boolean sorted = true;
            for (int i = 1; i < size && sorted; i++) {
                sorted = days[i - 1] <= days[i];
            }
            if (sorted) {
                return;
            }
            Integer[] order = new Integer[size];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingLong(i -> days[i]));
            long[] sortedDays = new long[days.length];
            double[] sortedAmounts = new double[amounts.length];
            for (int i = 0; i < size; i++) {
                sortedDays[i] = days[order[i]];
                sortedAmounts[i] = amounts[order[i]];
            }
            days = sortedDays;
            amounts = sortedAmounts;
        }
    }
}
