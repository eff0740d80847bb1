package io.motiv.valuation.clv.repository;

import io.motiv.valuation.clv.service.ClvFitResult;
import io.motiv.valuation.support.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Per-customer predictions of fitted models, written in bulk (a chunk of rows per statement). */
@ApplicationScoped
public class ClvPredictionRepository {

    static final int CHUNK = 20_000;

    private static final String INSERT = """
            INSERT INTO clv_prediction (model_id, customer_id, frequency, recency, age, mean_repeat_spend,
                                        probability_alive, expected_purchases, expected_spend, lifetime_value)
            SELECT CAST(:model AS uuid), CAST(c AS uuid), CAST(x AS integer), CAST(tx AS float8), CAST(t AS float8),
                   CAST(m AS float8), CAST(pa AS float8), CAST(ep AS float8), CAST(es AS float8), CAST(v AS float8)
            FROM unnest(CAST(:customers AS text[]), CAST(:x AS text[]), CAST(:tx AS text[]), CAST(:t AS text[]),
                        CAST(:m AS text[]), CAST(:pa AS text[]), CAST(:ep AS text[]), CAST(:es AS text[]),
                        CAST(:v AS text[])) AS p(c, x, tx, t, m, pa, ep, es, v)
            WHERE NOT EXISTS (SELECT 1 FROM erased_customer e WHERE e.customer_id = CAST(p.c AS uuid))""";

    /** A customer's prediction from a model, with the model's facts. */
    public record CustomerPrediction(UUID modelId, String currency, int horizonMonths, String timeUnit,
                                     double probabilityAlive, double expectedPurchases, double expectedSpend,
                                     double lifetimeValue, int frequency) {
    }

    /** Runs inside the caller's transaction. */
    public Uni<Void> insert(UUID modelId, ClvFitResult.Predictions predictions) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int from = 0; from < predictions.size(); from += CHUNK) {
            int start = from;
            int end = Math.min(predictions.size(), from + CHUNK);
            chain = chain.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(INSERT)
                            .setParameter("model", modelId.toString())
                            .setParameter("customers", Arrays.copyOfRange(predictions.customerIds(), start, end))
                            .setParameter("x", text(Arrays.stream(predictions.frequency(), start, end).mapToObj(Integer::toString)))
                            .setParameter("tx", text(predictions.recency(), start, end))
                            .setParameter("t", text(predictions.age(), start, end))
                            .setParameter("m", text(predictions.meanRepeatSpend(), start, end))
                            .setParameter("pa", text(predictions.probabilityAlive(), start, end))
                            .setParameter("ep", text(predictions.expectedPurchases(), start, end))
                            .setParameter("es", text(predictions.expectedSpend(), start, end))
                            .setParameter("v", text(predictions.lifetimeValue(), start, end))
                            .executeUpdate()))
                    .replaceWithVoid();
        }
        return chain;
    }

    /**
     * Each customer's prediction from the newest FITTED model that covers them (absent when none does), for all the
     * customers with one statement. Needs a session.
     */
    public Uni<Map<UUID, CustomerPrediction>> latestFor(Collection<UUID> customerIds) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT DISTINCT ON (p.customer_id) m.id, m.currency, m.horizon_months, m.time_unit,
                                       p.probability_alive, p.expected_purchases, p.expected_spend, p.lifetime_value,
                                       p.frequency, p.customer_id
                                FROM clv_prediction p JOIN clv_model m ON m.id = p.model_id
                                WHERE p.customer_id = ANY(CAST(CAST(:customers AS text[]) AS uuid[])) AND m.status = 'FITTED'
                                ORDER BY p.customer_id, m.created_at DESC, m.id""", Object[].class)
                        .setParameter("customers", customerIds.stream().map(UUID::toString).toArray(String[]::new))
                        .getResultList())
                .map(rows -> {
                    Map<UUID, CustomerPrediction> found = new HashMap<>();
                    rows.forEach(row -> found.put(Rows.toUuid(row[9]), toPrediction(row)));
                    return found;
                });
    }

    /** GDPR erasure: the customer's predictions go (inside the inbox transaction). */
    public Uni<Void> erase(UUID customerId) {
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("DELETE FROM clv_prediction WHERE customer_id = :customer")
                        .setParameter("customer", customerId)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static CustomerPrediction toPrediction(Object[] row) {
        return new CustomerPrediction(Rows.toUuid(row[0]), Rows.toText(row[1]).strip(), (int) Rows.toLong(row[2]),
                Rows.toText(row[3]), Rows.toDouble(row[4], 0), Rows.toDouble(row[5], 0), Rows.toDouble(row[6], 0),
                Rows.toDouble(row[7], 0), (int) Rows.toLong(row[8]));
    }

    private static String[] text(double[] values, int from, int to) {
        return text(Arrays.stream(values, from, to).mapToObj(Double::toString));
    }

    private static String[] text(java.util.stream.Stream<String> values) {
        return values.toArray(String[]::new);
    }
}
