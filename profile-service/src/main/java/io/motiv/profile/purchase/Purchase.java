package io.motiv.profile.purchase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One order line; a refund is a line with a negative amount. */
@Entity
@Table(name = "purchase")
public class Purchase {

    @Id
    public UUID id;

    @Column(name = "order_id", nullable = false)
    public String orderId;

    @Column(name = "customer_id")
    public UUID customerId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "purchased_at", nullable = false)
    public Instant purchasedAt;

    public String channel;

    public String category;

    @Column(name = "campaign_id")
    public String campaignId;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
