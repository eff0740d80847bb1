package io.motiv.valuation.clv.api.graphql;

import io.motiv.valuation.clv.model.PurchaseTimeUnit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

@Name("FitClvModelInput")
public record FitClvModelInput(
        @Description("Default: 'CLV to <calibrationEnd>'") String name,
        @NonNull @Description("Last day (UTC, inclusive) of the calibration period; later purchases are ignored")
        LocalDate calibrationEnd,
        @Description("DAYS or WEEKS; default WEEKS") PurchaseTimeUnit timeUnit,
        @Description("CLV horizon in months, 1-120; default 12") Integer horizonMonths,
        @Description("Monthly discount rate as a fraction in [0, 1); default 0.01") Double monthlyDiscountRate,
        @Description("Currency of the purchases to fit; required when purchases are in several") String currency) {
}
