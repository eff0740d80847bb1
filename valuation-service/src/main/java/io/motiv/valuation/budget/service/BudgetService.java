package io.motiv.valuation.budget.service;

import io.motiv.service.api.ValidationException;
import io.motiv.valuation.campaign.repository.CampaignRepository;
import io.motiv.valuation.campaign.service.CampaignService;
import io.motiv.valuation.segment.SegmentValuation;
import io.motiv.valuation.segment.service.SegmentValuationService;
import io.motiv.valuation.campaign.repository.CampaignRepository.Performance;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a marketing budget across the segments of a segmentation by expected value from their latest valuation
 * (see {@link BudgetSplit}). Expected return of a segment = its amount * the return on spend of the campaigns aimed
 * at it (attributed revenue / cost, in the valuation currency), or of all the segmentation's campaigns when it has
 * none; null when no campaign with a cost exists. Not stored: the same valuation and arguments give the same split.
 */
@ApplicationScoped
public class BudgetService {

    public record Line(String segmentId, String segmentLabel, int rank, double objectiveValue, double share,
                       BigDecimal amount, Double returnOnSpend, BigDecimal expectedReturn) {
    }

    public record Allocation(String segmentationId, AllocationObjective objective, BigDecimal budget, String currency,
                             double minShare, double maxShare, Instant valuedAt, List<Line> lines, BigDecimal expectedReturn) {
    }

    private final SegmentValuationService valuations;
    private final CampaignRepository campaigns;

    public BudgetService(SegmentValuationService valuations, CampaignRepository campaigns) {
        this.valuations = valuations;
        this.campaigns = campaigns;
    }

    @WithSession
    public Uni<Allocation> allocate(String segmentationId, BigDecimal budget, AllocationObjective objective,
                                    double minShare, double maxShare) {
        if (budget == null || budget.signum() <= 0) {
            return Uni.createFrom().failure(new ValidationException("budget", "must be > 0"));
        }
        if (!Double.isFinite(minShare) || minShare < 0 || minShare > 1) {
            return Uni.createFrom().failure(new ValidationException("minShare", "must be in 0..1"));
        }
        if (!Double.isFinite(maxShare) || maxShare < 0 || maxShare > 1 || maxShare < minShare) {
            return Uni.createFrom().failure(new ValidationException("maxShare", "must be in minShare..1"));
        }
        return valuations.latest(segmentationId).chain(latest -> {
            if (latest.isEmpty()) {
                return Uni.createFrom().failure(new ValidationException("segmentationId",
                        "the segmentation has no valuation yet: run valueSegments first"));
            }
            int n = latest.size();
            if (minShare * n > 1 + 1e-12) {
                return Uni.createFrom().failure(new ValidationException("minShare", "minShare * " + n + " segments must be <= 1"));
            }
            if (maxShare * n < 1 - 1e-12) {
                return Uni.createFrom().failure(new ValidationException("maxShare", "maxShare * " + n + " segments must be >= 1"));
            }
            String currency = latest.getFirst().currency.strip();
            return campaigns.performanceOfSegments(latest.stream().map(v -> v.segmentId).toList())
                    .map(performances -> split(segmentationId, budget, objective, minShare, maxShare, latest, currency,
                            performances.stream().filter(p -> p.currency().equals(currency)).toList()));
        });
    }

    static Allocation split(String segmentationId, BigDecimal budget, AllocationObjective objective, double minShare,
                            double maxShare, List<SegmentValuation> latest, String currency, List<Performance> performances) {
        double[] values = new double[latest.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.max(0, value(latest.get(i), objective));
        }
        double[] shares = BudgetSplit.shares(values, minShare, maxShare);
        BigDecimal[] amounts = BudgetSplit.amounts(budget, shares);
        Double overall = returnOnSpend(performances);
        List<Line> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        boolean anyReturn = false;
        for (int i = 0; i < values.length; i++) {
            SegmentValuation v = latest.get(i);
            Double own = returnOnSpend(performances.stream().filter(p -> p.segmentId().equals(v.segmentId)).toList());
            Double rate = own != null ? own : overall;
            BigDecimal expected = rate == null ? null
                    : amounts[i].multiply(BigDecimal.valueOf(rate)).setScale(2, java.math.RoundingMode.HALF_EVEN);
            if (expected != null) {
                total = total.add(expected);
                anyReturn = true;
            }
            lines.add(new Line(v.segmentId, v.segmentLabel, v.rank, values[i], shares[i], amounts[i], rate, expected));
        }
        return new Allocation(segmentationId, objective, budget, currency, minShare, maxShare, latest.getFirst().valuedAt,
                lines, anyReturn ? total : null);
    }

    private static double value(SegmentValuation v, AllocationObjective objective) {
        return switch (objective) {
            case CLV -> v.totalClv == null ? 0 : v.totalClv;
            case REVENUE -> v.revenue.doubleValue();
            case VALUE_SCORE -> v.valueScore;
            case MARKET_POTENTIAL -> v.marketPotential == null ? 0 : v.marketPotential;
        };
    }

    /** Attributed revenue per unit of cost over campaigns with a cost; null without any. */
    private static Double returnOnSpend(List<Performance> performances) {
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        for (Performance p : performances) {
            if (p.cost().signum() > 0) {
                cost = cost.add(p.cost());
                revenue = revenue.add(p.attributedRevenue());
            }
        }
        return cost.signum() == 0 ? null : CampaignService.roi(revenue, cost) + 1;
    }
}
