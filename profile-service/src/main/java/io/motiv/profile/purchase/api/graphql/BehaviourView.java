package io.motiv.profile.purchase.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.Instant;

@Name("PurchaseBehaviour")
@Description("Kept current as purchases are recorded.")
public record BehaviourView(@NonNull String currency,
                            @Description("Order lines with an amount of zero or more") int orders,
                            int refunds,
                            @Description("Net of refunds") @NonNull BigDecimal revenue,
                            @NonNull BigDecimal averageOrderValue,
                            @NonNull Instant firstPurchaseAt,
                            @NonNull Instant lastPurchaseAt,
                            @Description("Days since the last purchase") long recencyDays,
                            @Description("Days since the first purchase") long tenureDays) {
}
