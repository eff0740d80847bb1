package io.motiv.valuation.segment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * One segment's valuation in one call of valueSegments (a batch), kept as history. Money is in {@link #currency};
 * a metric is null where it is undefined (no buyers, no previous revenue, no CLV model ...), never NaN.
 */
@Entity
@Table(name = "segment_valuation")
public class SegmentValuation {

    @Id
    public UUID id;
    @Column(name = "batch_id", nullable = false)
    public UUID batchId;
    @Column(name = "segmentation_id", nullable = false)
    public String segmentationId;
    @Column(name = "run_id", nullable = false)
    public String runId;
    @Column(name = "segment_id", nullable = false)
    public String segmentId;
    @Column(name = "segment_label")
    public String segmentLabel;
    @Column(name = "valued_at", nullable = false)
    public Instant valuedAt;
    @Column(name = "valued_by")
    public String valuedBy;
    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;
    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;
    @Column(nullable = false)
    public String currency;
    @Column(name = "clv_model_id")
    public UUID clvModelId;
    public long customers;
    public long buyers;
    public long orders;
    @Column(nullable = false)
    public BigDecimal revenue;
    @Column(name = "previous_revenue", nullable = false)
    public BigDecimal previousRevenue;
    @Column(name = "revenue_share")
    public double revenueShare;
    @Column(name = "average_order_value")
    public Double averageOrderValue;
    @Column(name = "purchase_frequency")
    public Double purchaseFrequency;
    @Column(name = "mean_recency_days")
    public Double meanRecencyDays;
    @Column(name = "repeat_rate")
    public Double repeatRate;
    @Column(name = "retention_rate")
    public Double retentionRate;
    @Column(name = "churn_risk")
    public Double churnRisk;
    @Column(name = "mean_clv")
    public Double meanClv;
    @Column(name = "total_clv")
    public Double totalClv;
    @Column(name = "clv_coverage")
    public Double clvCoverage;
    @Column(name = "sales_growth")
    public Double salesGrowth;
    @Column(name = "addressable_market")
    public BigDecimal addressableMarket;
    @Column(name = "market_growth_rate")
    public Double marketGrowthRate;
    @Column(name = "competition_index")
    public Double competitionIndex;
    @Column(name = "market_potential")
    public Double marketPotential;
    @Column(name = "value_score")
    public double valueScore;
    public int rank;
    /** Comma-separated {@link SegmentValuationFlag} names. */
    @Column(nullable = false)
    public String flags = "";

    public List<SegmentValuationFlag> flagList() {
        return flags == null || flags.isBlank() ? List.of()
                : Arrays.stream(flags.split(",")).map(SegmentValuationFlag::valueOf).toList();
    }
}
