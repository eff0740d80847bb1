package io.motiv.valuation.segment.service;

import io.motiv.valuation.segment.SegmentMarketInput;
import io.motiv.valuation.segment.SegmentValuation;
import io.motiv.valuation.segment.SegmentValuationFlag;
import io.motiv.valuation.segment.repository.SegmentDirectory;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Turns per-segment aggregates into valuations: metrics, market potential, value score and rank. Plain Java. */
public final class SegmentValuer {

    /** What a valuation run is about. */
    public record Context(UUID batchId, String segmentationId, String runId, String currency, LocalDate periodStart,
                          LocalDate periodEnd, int periodMonths, UUID clvModelId, Instant valuedAt, String valuedBy) {
    }

    private SegmentValuer() {
    }

    public static List<SegmentValuation> value(Context context, List<SegmentDirectory.KnownSegment> segments,
                                               Map<String, SegmentAggregate> aggregates,
                                               Map<String, SegmentMarketInput> marketInputs, ValueScore weights) {
        double totalRevenue = 0;
        for (SegmentDirectory.KnownSegment segment : segments) {
            totalRevenue += Math.max(0, aggregates.getOrDefault(segment.segmentId(), SegmentAggregate.empty()).revenue().doubleValue());
        }
        List<SegmentValuation> valuations = new ArrayList<>();
        for (SegmentDirectory.KnownSegment segment : segments) {
            SegmentAggregate aggregate = aggregates.getOrDefault(segment.segmentId(), SegmentAggregate.empty());
            valuations.add(metrics(context, segment, aggregate, totalRevenue, marketInputs.get(segment.segmentId())));
        }
        double maxRevenue = valuations.stream().mapToDouble(v -> Math.max(0, v.revenue.doubleValue())).max().orElse(0);
        double maxClv = valuations.stream().filter(v -> v.totalClv != null).mapToDouble(v -> Math.max(0, v.totalClv)).max().orElse(0);
        double maxMarket = valuations.stream().filter(v -> v.marketPotential != null).mapToDouble(v -> v.marketPotential).max().orElse(0);
        for (SegmentValuation v : valuations) {
            if (v.customers == 0) {
                v.valueScore = 0;
                continue;
            }
            v.valueScore = weights.score(relative(Math.max(0, v.revenue.doubleValue()), maxRevenue),
                    v.totalClv == null ? null : relative(Math.max(0, v.totalClv), maxClv),
                    v.salesGrowth, v.churnRisk,
                    v.marketPotential == null ? null : relative(v.marketPotential, maxMarket));
        }
        List<SegmentValuation> ranked = new ArrayList<>(valuations);
        ranked.sort(Comparator.comparingDouble((SegmentValuation v) -> -v.valueScore)
                .thenComparing((SegmentValuation v) -> v.revenue, Comparator.reverseOrder())
                .thenComparing(v -> v.segmentId));
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).rank = i + 1;
        }
        return ranked;
    }

    static SegmentValuation metrics(Context context, SegmentDirectory.KnownSegment segment, SegmentAggregate a,
                                    double totalRevenue, SegmentMarketInput market) {
        List<SegmentValuationFlag> flags = new ArrayList<>();
        SegmentValuation v = new SegmentValuation();
        v.id = UUID.randomUUID();
        v.batchId = context.batchId();
        v.segmentationId = context.segmentationId();
        v.runId = context.runId();
        v.segmentId = segment.segmentId();
        v.segmentLabel = segment.label();
        v.valuedAt = context.valuedAt();
        v.valuedBy = context.valuedBy();
        v.periodStart = context.periodStart();
        v.periodEnd = context.periodEnd();
        v.currency = context.currency();
        v.clvModelId = context.clvModelId();
        v.customers = a.customers();
        v.buyers = a.buyers();
        v.orders = a.orders();
        v.revenue = a.revenue();
        v.previousRevenue = a.previousRevenue();
        double revenue = a.revenue().doubleValue();
        v.revenueShare = totalRevenue > 0 ? Math.max(0, revenue) / totalRevenue : 0;
        if (a.customers() == 0) {
            flags.add(SegmentValuationFlag.EMPTY_SEGMENT);
        }
        if (revenue < 0) {
            flags.add(SegmentValuationFlag.NEGATIVE_REVENUE);
        }
        if (a.orders() > 0) {
            v.averageOrderValue = revenue / a.orders();
            v.purchaseFrequency = (double) a.orders() / a.customers();
            v.repeatRate = a.buyers() > 0 ? (double) a.repeatBuyers() / a.buyers() : null;
        } else if (a.customers() > 0) {
            v.purchaseFrequency = 0.0;
            flags.add(SegmentValuationFlag.NO_PURCHASES_IN_PERIOD);
        }
        v.meanRecencyDays = finite(a.meanRecencyDays());
        if (a.previousBuyers() > 0) {
            v.retentionRate = (double) a.retained() / a.previousBuyers();
        } else if (a.customers() > 0) {
            flags.add(SegmentValuationFlag.NO_PREVIOUS_BUYERS);
        }
        double previous = a.previousRevenue().doubleValue();
        if (previous > 0) {
            v.salesGrowth = (revenue - previous) / previous;
        } else if (a.customers() > 0) {
            flags.add(SegmentValuationFlag.NO_PREVIOUS_REVENUE);
        }
        if (context.clvModelId() == null) {
            flags.add(SegmentValuationFlag.NO_CLV_MODEL);
        } else if (a.predicted() > 0) {
            v.churnRisk = finite(1 - a.meanProbabilityAlive());
            v.totalClv = finite(a.totalClv());
            v.meanClv = v.totalClv == null ? null : v.totalClv / a.predicted();
            v.clvCoverage = (double) a.predicted() / a.customers();
            if (a.predicted() < a.customers()) {
                flags.add(SegmentValuationFlag.PARTIAL_CLV_COVERAGE);
            }
        } else if (a.customers() > 0) {
            flags.add(SegmentValuationFlag.PARTIAL_CLV_COVERAGE);
            v.clvCoverage = 0.0;
        }
        if (market == null) {
            flags.add(SegmentValuationFlag.NO_MARKET_INPUTS);
        } else {
            v.addressableMarket = market.addressableMarket;
            v.marketGrowthRate = market.growthRate;
            v.competitionIndex = market.competitionIndex;
            v.marketPotential = marketPotential(market.addressableMarket, market.growthRate, market.competitionIndex,
                    revenue, context.periodMonths());
        }
        v.flags = String.join(",", flags.stream().map(Enum::name).toList());
        return v;
    }

    /**
     * Addressable market not yet captured, weighted by growth and competition:
     * max(0, market - max(revenue, 0) * 12 / periodMonths) * (1 + growth) * (1 - competition), floored at 0.
     */
    public static double marketPotential(BigDecimal addressableMarket, double growthRate, double competitionIndex,
                                         double periodRevenue, int periodMonths) {
        double captured = Math.max(0, periodRevenue) * 12.0 / periodMonths;
        double uncaptured = Math.max(0, addressableMarket.doubleValue() - captured);
        return Math.max(0, uncaptured * (1 + growthRate) * (1 - competitionIndex));
    }

    private static double relative(double value, double max) {
        return max > 0 ? value / max : 0;
    }

    private static Double finite(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
