package io.motiv.valuation.segment.service;

import java.math.BigDecimal;

/**
 * Sums over a segment's members for a valuation (see SegmentDirectory's query).
 *
 * @param buyers members with an order in the current period
 * @param orders distinct non-refund order ids in the current period
 * @param revenue net revenue (refunds subtracted) in the current period
 * @param repeatBuyers members with purchases on two or more days of the current period
 * @param previousBuyers members with an order in the previous period
 * @param retained members with orders in both periods
 * @param meanRecencyDays mean days from each member's last purchase to the period end, over members who ever bought
 * @param meanProbabilityAlive mean P(alive) over members with a CLV prediction
 * @param totalClv sum of CLV over members with a CLV prediction
 * @param predicted members with a CLV prediction
 */
public record SegmentAggregate(long customers, long buyers, long orders, BigDecimal revenue, BigDecimal previousRevenue,
                               long repeatBuyers, long previousBuyers, long retained, Double meanRecencyDays,
                               Double meanProbabilityAlive, Double totalClv, long predicted) {

    public static SegmentAggregate empty() {
        return new SegmentAggregate(0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, null, null, null, 0);
    }
}
