package io.motiv.valuation.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A marketing campaign aimed at a segment. Purchases whose campaignId is this id are attributed to it. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    public UUID id;
    @Column(nullable = false)
    public String name;
    @Column(name = "segment_id", nullable = false)
    public String segmentId;
    @Column(nullable = false)
    public BigDecimal cost;
    @Column(nullable = false)
    public String currency;
    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;
    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
