package io.motiv.profile.purchase.mapping;

import io.motiv.profile.purchase.CustomerBehaviour;
import io.motiv.profile.purchase.Purchase;
import io.motiv.profile.purchase.api.graphql.BehaviourView;
import io.motiv.profile.purchase.api.graphql.PurchaseInput;
import io.motiv.profile.purchase.api.graphql.PurchaseView;
import io.motiv.profile.purchase.api.graphql.RecordPurchasesPayload;
import io.motiv.profile.purchase.service.PurchaseLine;
import io.motiv.profile.purchase.service.RecordedPurchases;

import java.time.Instant;
import java.util.UUID;

public final class PurchaseMapper {

    private PurchaseMapper() {
    }

    /** An id that is not a UUID names no customer: the line is rejected as an unknown customer. */
    public static PurchaseLine toLine(PurchaseInput input) {
        var customer = input.customer();
        UUID id = null;
        if (customer.id() != null) {
            try {
                id = UUID.fromString(customer.id());
            } catch (IllegalArgumentException e) {
                id = new UUID(0, 0);
            }
        }
        return new PurchaseLine(input.orderId(), id, customer.source(), customer.ref(), input.amount(), input.currency(),
                input.purchasedAt(), input.channel(), input.category(), input.campaignId());
    }

    public static RecordPurchasesPayload toPayload(RecordedPurchases result) {
        return new RecordPurchasesPayload(result.recorded(), result.duplicates(), result.errors().size(),
                result.errors().stream()
                        .map(error -> new RecordPurchasesPayload.PurchaseError(error.index(), error.field(), error.message()))
                        .toList());
    }

    public static PurchaseView toView(Purchase purchase) {
        return new PurchaseView(purchase.orderId, purchase.amount.stripTrailingZeros().scale() < 2
                ? purchase.amount.setScale(2) : purchase.amount.stripTrailingZeros(), purchase.currency,
                purchase.purchasedAt, purchase.channel, purchase.category, purchase.campaignId);
    }

    public static BehaviourView toView(CustomerBehaviour behaviour, Instant now) {
        return behaviour == null ? null : new BehaviourView(behaviour.currency, behaviour.orders, behaviour.refunds,
                behaviour.revenue.stripTrailingZeros().scale() < 2 ? behaviour.revenue.setScale(2) : behaviour.revenue.stripTrailingZeros(),
                behaviour.averageOrderValue(), behaviour.firstPurchaseAt, behaviour.lastPurchaseAt,
                behaviour.recencyDays(now), behaviour.tenureDays(now));
    }
}
