package io.motiv.valuation.clv.api.graphql;

import io.motiv.valuation.clv.model.PurchaseTimeUnit;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CustomerLifetimeValue")
@Description("A customer's predictions from the newest FITTED CLV model that covers them")
public record CustomerLifetimeValueView(
        @NonNull @Id String modelId,
        @NonNull String currency,
        int horizonMonths,
        @NonNull PurchaseTimeUnit timeUnit,
        @Description("Repeat purchase occasions in the calibration period") int frequency,
        @Description("P(alive) at the calibration end (BG/NBD)") double probabilityAlive,
        @Description("Expected purchases over the horizon (BG/NBD, undiscounted)") double expectedPurchases,
        @Description("Expected spend per future purchase (Gamma-Gamma)") double expectedSpend,
        @Description("Discounted CLV over the horizon") double lifetimeValue) {
}
