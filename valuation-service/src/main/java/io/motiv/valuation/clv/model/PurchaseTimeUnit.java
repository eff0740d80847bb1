package io.motiv.valuation.clv.model;

/**
 * The unit in which recency t_x, age T and prediction horizons t are expressed. Purchase occasions are always
 * calendar days (see {@link CalibrationSummaries}); the unit only scales the day counts.
 */
public enum PurchaseTimeUnit {
    DAYS(1.0),
    WEEKS(7.0);

    /** The mean Gregorian month (365.2425 / 12 days); lifetimes uses 30 days or 4.345 weeks instead. */
    static final double DAYS_PER_MEAN_MONTH = 365.2425 / 12.0;

    private final double daysPerUnit;

    PurchaseTimeUnit(double daysPerUnit) {
        this.daysPerUnit = daysPerUnit;
    }

    /** A number of days in this unit. */
    public double fromDays(long days) {
        return days / daysPerUnit;
    }

    /** How many of this unit make one mean month, for monthly discounting in {@link ClvCalculator}. */
    public double perMonth() {
        return DAYS_PER_MEAN_MONTH / daysPerUnit;
    }
}
