package io.motiv.profile.purchase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A customer's purchase behaviour, updated with every recorded line. */
@Entity
@Table(name = "customer_behaviour")
public class CustomerBehaviour {

    @Id
    @Column(name = "customer_id")
    public UUID customerId;

    @Column(nullable = false)
    public String currency;

    /** Lines with an amount of zero or more (a free item or a fully discounted order is an order). */
    @Column(nullable = false)
    public int orders;

    /** Lines with a negative amount. */
    @Column(nullable = false)
    public int refunds;

    /** Net of refunds. */
    @Column(nullable = false)
    public BigDecimal revenue;

    @Column(name = "first_purchase_at", nullable = false)
    public Instant firstPurchaseAt;

    @Column(name = "last_purchase_at", nullable = false)
    public Instant lastPurchaseAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public BigDecimal averageOrderValue() {
        return orders == 0 ? BigDecimal.ZERO : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_EVEN);
    }

    public long recencyDays(Instant now) {
        return Duration.between(lastPurchaseAt, now).toDays();
    }

    public long tenureDays(Instant now) {
        return Duration.between(firstPurchaseAt, now).toDays();
    }

    /** Takes a newly stored line into account. */
    public void add(Purchase purchase, Instant now) {
        if (purchase.amount.signum() >= 0) {
            orders++;
        } else {
            refunds++;
        }
        revenue = revenue.add(purchase.amount);
        if (purchase.purchasedAt.isBefore(firstPurchaseAt)) {
            firstPurchaseAt = purchase.purchasedAt;
        }
        if (purchase.purchasedAt.isAfter(lastPurchaseAt)) {
            lastPurchaseAt = purchase.purchasedAt;
        }
        updatedAt = now;
    }

    public static CustomerBehaviour startingWith(Purchase purchase, Instant now) {
        CustomerBehaviour behaviour = new CustomerBehaviour();
        behaviour.customerId = purchase.customerId;
        behaviour.currency = purchase.currency;
        behaviour.revenue = BigDecimal.ZERO;
        behaviour.firstPurchaseAt = purchase.purchasedAt;
        behaviour.lastPurchaseAt = purchase.purchasedAt;
        behaviour.add(purchase, now);
        return behaviour;
    }
}
