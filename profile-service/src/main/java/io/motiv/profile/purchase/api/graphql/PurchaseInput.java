package io.motiv.profile.purchase.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.Instant;

@Input("PurchaseInput")
public record PurchaseInput(
        @Description("Unique per order line; the same id again is stored once. Prefix it with the source system where ids could collide.") @NonNull String orderId,
        @NonNull CustomerRefInput customer,
        @Description("Negative for a refund; zero for a free item or a fully discounted order (an order all the same)") @NonNull BigDecimal amount,
        @Description("ISO 4217") @NonNull String currency,
        @NonNull Instant purchasedAt,
        String channel,
        String category,
        String campaignId) {

    @Input("CustomerRefInput")
    @Description("A customer by id, or by external reference (source and ref)")
    public record CustomerRefInput(@Id String id, String source, String ref) {
    }
}
