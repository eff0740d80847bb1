package io.motiv.valuation.campaign.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.LocalDate;

@Name("Campaign")
@Description("A marketing campaign aimed at a segment. Purchases that carry its id as campaignId are attributed to it.")
public record CampaignView(
        @NonNull @Id String id,
        @NonNull String name,
        @NonNull @Id String segmentId,
        @NonNull BigDecimal cost,
        @NonNull String currency,
        @NonNull LocalDate startsOn,
        @NonNull @Description("Inclusive") LocalDate endsOn,
        @NonNull @Description("Net revenue of purchases carrying this campaign id within the period, in its currency") BigDecimal attributedRevenue,
        long attributedOrders,
        @Description("(attributedRevenue - cost) / cost; null when the cost is 0") Double roi) {
}
