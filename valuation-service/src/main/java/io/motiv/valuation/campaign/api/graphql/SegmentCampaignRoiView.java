package io.motiv.valuation.campaign.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

@Name("SegmentCampaignRoi")
@Description("The campaigns aimed at a segment in one currency, summed")
public record SegmentCampaignRoiView(@NonNull @Id String segmentId, @NonNull String currency, int campaigns,
                                     @NonNull BigDecimal cost, @NonNull BigDecimal attributedRevenue,
                                     @Description("(attributedRevenue - cost) / cost; null when the cost is 0") Double roi) {
}
