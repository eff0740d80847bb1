package io.motiv.valuation.segment.mapping;

import io.motiv.valuation.segment.SegmentMarketInput;
import io.motiv.valuation.segment.SegmentValuation;
import io.motiv.valuation.segment.api.graphql.SegmentMarketInputsView;
import io.motiv.valuation.segment.api.graphql.SegmentValuationView;

public final class SegmentValuationMapper {

    private SegmentValuationMapper() {
    }

    public static SegmentValuationView toView(SegmentValuation v) {
        return v == null ? null : new SegmentValuationView(v.id.toString(), v.segmentationId, v.runId, v.segmentId,
                v.segmentLabel, v.valuedAt, v.periodStart, v.periodEnd, v.currency.strip(),
                v.clvModelId == null ? null : v.clvModelId.toString(), v.customers, v.buyers, v.orders, v.revenue,
                v.previousRevenue, v.revenueShare, v.averageOrderValue, v.purchaseFrequency, v.meanRecencyDays, v.repeatRate,
                v.retentionRate, v.churnRisk, v.meanClv, v.totalClv, v.clvCoverage, v.salesGrowth, v.addressableMarket,
                v.marketGrowthRate, v.competitionIndex, v.marketPotential, v.valueScore, v.rank, v.flagList());
    }

    public static SegmentMarketInputsView toView(SegmentMarketInput i) {
        return i == null ? null : new SegmentMarketInputsView(i.segmentId, i.addressableMarket, i.growthRate,
                i.competitionIndex, i.updatedAt);
    }
}
