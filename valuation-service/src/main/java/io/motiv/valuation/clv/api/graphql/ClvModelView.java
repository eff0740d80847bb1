package io.motiv.valuation.clv.api.graphql;

import io.motiv.valuation.clv.ClvModelFlag;
import io.motiv.valuation.clv.ClvModelStatus;
import io.motiv.valuation.clv.model.PurchaseTimeUnit;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Name("ClvModel")
@Key(fields = @FieldSet("id"))
@Description("A customer lifetime value model fitted to purchase history (BG/NBD + Gamma-Gamma). Owned by valuation-service.")
public record ClvModelView(
        @Id @NonNull String id,
        @NonNull String name,
        @NonNull ClvModelStatus status,
        @Description("Why the model has its status") String statusReason,
        @NonNull Instant createdAt,
        @Description("Last day (UTC, inclusive) of the calibration period") LocalDate calibrationEnd,
        @Description("Unit of recency, age and the BG/NBD alpha") PurchaseTimeUnit timeUnit,
        Integer horizonMonths,
        Double monthlyDiscountRate,
        String currency,
        @Description("Customers with a purchase on or before the calibration end") Integer customers,
        @Description("Customers with at least one repeat purchase occasion") Integer repeatCustomers,
        @Description("Customers whose first purchase is after the calibration end, left out") Integer excludedCustomers,
        @Description("Wall-clock time of summaries, fits and predictions, in ms") Long fitMillis,
        @NonNull List<@NonNull ClvModelFlag> flags,
        @Description("BG/NBD purchase model; null when the fit was not reached") PurchaseModelFit purchaseModel,
        @Description("Gamma-Gamma spend model; null when the fit was not reached") SpendModelFit spendModel,
        @Description("Pearson correlation of frequency and mean repeat spend over repeat customers; Gamma-Gamma assumes it is near 0")
        Double spendFrequencyCorrelation) {

    @Name("BgNbdParameters")
    public record BgNbdParametersView(Double r, Double alpha, Double a, Double b) {
    }

    @Name("GammaGammaParameters")
    public record GammaGammaParametersView(Double p, Double q, Double v) {
    }

    @Name("PurchaseModelFit")
    public record PurchaseModelFit(@NonNull BgNbdParametersView parameters,
                                   @Description("Asymptotic standard errors; null when the Hessian is not positive definite")
                                   BgNbdParametersView standardErrors,
                                   Double logLikelihood, boolean converged, String status, Integer iterations) {
    }

    @Name("SpendModelFit")
    public record SpendModelFit(@NonNull GammaGammaParametersView parameters,
                                @Description("Asymptotic standard errors; null when the Hessian is not positive definite")
                                GammaGammaParametersView standardErrors,
                                Double logLikelihood, boolean converged, String status, Integer iterations,
                                @Description("Repeat customers with positive spend that the fit used") Integer customers) {
    }
}
