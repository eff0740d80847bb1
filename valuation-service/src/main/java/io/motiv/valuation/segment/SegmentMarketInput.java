package io.motiv.valuation.segment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** An analyst's view of a segment's market: yearly addressable market (valuation currency), growth, competition. */
@Entity
@Table(name = "segment_market_input")
public class SegmentMarketInput {

    @Id
    @Column(name = "segment_id")
    public String segmentId;
    @Column(name = "addressable_market", nullable = false)
    public BigDecimal addressableMarket;
    @Column(name = "growth_rate", nullable = false)
    public double growthRate;
    @Column(name = "competition_index", nullable = false)
    public double competitionIndex;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;
}
