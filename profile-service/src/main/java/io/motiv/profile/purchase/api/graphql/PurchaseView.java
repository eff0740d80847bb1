package io.motiv.profile.purchase.api.graphql;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Name("Purchase")
public record PurchaseView(@NonNull String orderId, @NonNull BigDecimal amount, @NonNull String currency,
                           @NonNull Instant purchasedAt, String channel, String category, String campaignId) {

    @Name("PurchaseConnection")
    public record Connection(long totalCount, @NonNull List<@NonNull Edge> edges, @NonNull io.motiv.service.api.PageInfo pageInfo) {
    }

    @Name("PurchaseEdge")
    public record Edge(@NonNull String cursor, @NonNull PurchaseView node) {
    }

}
