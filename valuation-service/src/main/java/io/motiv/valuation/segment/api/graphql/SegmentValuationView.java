package io.motiv.valuation.segment.api.graphql;

import io.motiv.valuation.segment.SegmentValuationFlag;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@Name("SegmentValuation")
@Description("One segment's valuation at one time. Money in currency; a metric is null where it is undefined (see flags).")
public record SegmentValuationView(
        @Id @NonNull String id,
        @NonNull @Id String segmentationId,
        @NonNull @Id String runId,
        @NonNull @Id String segmentId,
        String segmentLabel,
        @NonNull Instant valuedAt,
        @NonNull @Description("First day (UTC) of the valued period") LocalDate periodStart,
        @NonNull @Description("Last day (UTC, inclusive) of the valued period") LocalDate periodEnd,
        @NonNull String currency,
        @Id @Description("The FITTED CLV model whose predictions gave churn risk and CLV") String clvModelId,
        long customers,
        @Description("Members with an order in the period") long buyers,
        @Description("Orders (non-refund order ids) in the period") long orders,
        @NonNull @Description("Net revenue in the period (refunds subtracted)") BigDecimal revenue,
        @NonNull @Description("Net revenue in the previous period of the same length") BigDecimal previousRevenue,
        @Description("Share of the segmentation's positive revenue, 0..1") double revenueShare,
        @Description("Revenue / orders") Double averageOrderValue,
        @Description("Orders per member in the period") Double purchaseFrequency,
        @Description("Mean days from a member's last purchase to the period end, over members who ever bought") Double meanRecencyDays,
        @Description("Share of buyers with purchases on two or more days of the period") Double repeatRate,
        @Description("Share of the previous period's buyers who bought again in this period") Double retentionRate,
        @Description("1 - mean P(alive) of the members (BG/NBD)") Double churnRisk,
        Double meanClv,
        Double totalClv,
        @Description("Share of members with a CLV prediction") Double clvCoverage,
        @Description("(revenue - previous revenue) / previous revenue") Double salesGrowth,
        BigDecimal addressableMarket,
        Double marketGrowthRate,
        Double competitionIndex,
        @Description("max(0, addressable market - yearly revenue) * (1 + growth) * (1 - competition)") Double marketPotential,
        @Description("Composite score 0..1 (docs/valuation.md)") double valueScore,
        @Description("1 = most valuable segment of this valuation") int rank,
        @NonNull List<@NonNull SegmentValuationFlag> flags) {
}
