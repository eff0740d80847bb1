package io.motiv.valuation.purchase.service;

import io.motiv.events.profile.PurchaseRecorded;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * valuation-service's copy of purchase lines, kept from {@code purchase-events} in bulk: a poll of events is one
 * statement. An order id is stored once, so a replayed event changes nothing; an erased customer's lines are not
 * stored again.
 */
@ApplicationScoped
public class PurchaseFacts {

    private static final String INSERT = """
            INSERT INTO purchase_fact (order_id, customer_id, amount, currency, purchased_at, channel, category, campaign_id)
            SELECT o, CAST(c AS uuid), CAST(a AS numeric), cur, CAST(t AS timestamptz), ch, cat, camp
            FROM unnest(CAST(:orders AS text[]), CAST(:customers AS text[]), CAST(:amounts AS text[]),
                        CAST(:currencies AS text[]), CAST(:times AS text[]), CAST(:channels AS text[]),
                        CAST(:categories AS text[]), CAST(:campaigns AS text[])) AS p(o, c, a, cur, t, ch, cat, camp)
            WHERE NOT EXISTS (SELECT 1 FROM erased_customer e WHERE e.customer_id = CAST(p.c AS uuid))
            ON CONFLICT (order_id) DO NOTHING""";

    /** Runs inside the inbox transaction of the batch. */
    public Uni<Void> record(List<PurchaseRecorded> purchases) {
        Map<String, PurchaseRecorded> byOrder = new LinkedHashMap<>();
        purchases.forEach(purchase -> byOrder.putIfAbsent(purchase.orderId(), purchase));
        List<PurchaseRecorded> rows = List.copyOf(byOrder.values());
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                        .setParameter("orders", rows.stream().map(PurchaseRecorded::orderId).toArray(String[]::new))
                        .setParameter("customers", rows.stream().map(PurchaseRecorded::customerId).toArray(String[]::new))
                        .setParameter("amounts", rows.stream().map(p -> p.amount().toPlainString()).toArray(String[]::new))
                        .setParameter("currencies", rows.stream().map(PurchaseRecorded::currency).toArray(String[]::new))
                        .setParameter("times", rows.stream().map(p -> p.purchasedAt().toString()).toArray(String[]::new))
                        .setParameter("channels", rows.stream().map(PurchaseRecorded::channel).toArray(String[]::new))
                        .setParameter("categories", rows.stream().map(PurchaseRecorded::category).toArray(String[]::new))
                        .setParameter("campaigns", rows.stream().map(PurchaseRecorded::campaignId).toArray(String[]::new))
                        .executeUpdate())
                .replaceWithVoid();
    }
}
