package io.motiv.segmentation.features.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.CustomerAttributes;
import io.motiv.events.profile.PurchaseRecorded;
import io.motiv.events.survey.ValuesProfileScored;
import io.motiv.segmentation.activation.service.LiveAssignment;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the features segmentation runs read, from events: per customer the latest values profile (a later answer
 * replaces an earlier one, never the reverse) and the PROFILING consent. Each method runs in an inbox transaction.
 */
@ApplicationScoped
public class FeatureStore {

    private static final String UPSERT_VALUES = """
            INSERT INTO values_features (customer_id, response_id, instrument, centred, higher_order_centred, mrat, flagged, answered_at)
            SELECT CAST(c AS uuid), r, i, CAST(v AS jsonb), CAST(h AS jsonb), CAST(m AS double precision), CAST(f AS boolean), CAST(a AS timestamptz)
            FROM unnest(CAST(:customers AS text[]), CAST(:responses AS text[]), CAST(:instruments AS text[]), CAST(:values AS text[]),
                        CAST(:higher AS text[]), CAST(:mrats AS text[]), CAST(:flags AS text[]), CAST(:times AS text[])) AS p(c, r, i, v, h, m, f, a)
            ON CONFLICT (customer_id) DO UPDATE SET response_id = EXCLUDED.response_id, instrument = EXCLUDED.instrument,
                centred = EXCLUDED.centred, higher_order_centred = EXCLUDED.higher_order_centred, mrat = EXCLUDED.mrat,
                flagged = EXCLUDED.flagged, answered_at = EXCLUDED.answered_at
            WHERE values_features.answered_at <= EXCLUDED.answered_at""";

    private final ObjectMapper json = new ObjectMapper();
    private final LiveAssignment liveAssignment;

    public FeatureStore(LiveAssignment liveAssignment) {
        this.liveAssignment = liveAssignment;
    }

    public Uni<Void> scored(List<ValuesProfileScored> profiles) {
        Map<String, ValuesProfileScored> latest = new LinkedHashMap<>();
        profiles.forEach(profile -> latest.merge(profile.customerId(), profile,
                (kept, next) -> next.answeredAt().isBefore(kept.answeredAt()) ? kept : next));
        List<ValuesProfileScored> rows = List.copyOf(latest.values());
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT_VALUES)
                        .setParameter("customers", rows.stream().map(ValuesProfileScored::customerId).toArray(String[]::new))
                        .setParameter("responses", rows.stream().map(ValuesProfileScored::responseId).toArray(String[]::new))
                        .setParameter("instruments", rows.stream().map(ValuesProfileScored::instrument).toArray(String[]::new))
                        .setParameter("values", rows.stream().map(p -> write(p.values().centred())).toArray(String[]::new))
                        .setParameter("higher", rows.stream().map(p -> write(p.higherOrder().centred())).toArray(String[]::new))
                        .setParameter("mrats", rows.stream().map(p -> Double.toString(p.mrat())).toArray(String[]::new))
                        .setParameter("flags", rows.stream().map(p -> Boolean.toString(p.quality().flagged())).toArray(String[]::new))
                        .setParameter("times", rows.stream().map(p -> p.answeredAt().toString()).toArray(String[]::new))
                        .executeUpdate())
                .chain(() -> liveAssignment.assign(rows.stream().map(ValuesProfileScored::customerId).toList()));
    }

    private static final String UPSERT_BEHAVIOUR = """
            INSERT INTO behaviour_features (customer_id, orders, monetary, first_purchase, last_purchase)
            SELECT CAST(c AS uuid), CAST(o AS int), CAST(m AS double precision), CAST(f AS timestamptz), CAST(l AS timestamptz)
            FROM unnest(CAST(:customers AS text[]), CAST(:orders AS text[]), CAST(:monetary AS text[]), CAST(:firsts AS text[]),
                        CAST(:lasts AS text[])) AS p(c, o, m, f, l)
            ON CONFLICT (customer_id) DO UPDATE SET orders = behaviour_features.orders + EXCLUDED.orders,
                monetary = behaviour_features.monetary + EXCLUDED.monetary,
                first_purchase = CASE WHEN EXCLUDED.orders > 0
                    THEN LEAST(behaviour_features.first_purchase, EXCLUDED.first_purchase) ELSE behaviour_features.first_purchase END,
                last_purchase = CASE WHEN EXCLUDED.orders > 0
                    THEN GREATEST(behaviour_features.last_purchase, EXCLUDED.last_purchase) ELSE behaviour_features.last_purchase END""";

    /**
     * Adds a batch of order lines to each customer's running totals (the inbox makes each event count once). A refund
     * (negative amount) lowers the monetary value without counting as an order.
     */
    public Uni<Void> purchased(List<PurchaseRecorded> purchases) {
        Map<String, BehaviourDelta> deltas = new LinkedHashMap<>();
        purchases.forEach(purchase -> deltas.merge(purchase.customerId(), BehaviourDelta.of(purchase), BehaviourDelta::plus));
        List<Map.Entry<String, BehaviourDelta>> rows = List.copyOf(deltas.entrySet());
        return Panache.getSession().chain(session -> session.createNativeQuery(UPSERT_BEHAVIOUR)
                        .setParameter("customers", rows.stream().map(Map.Entry::getKey).toArray(String[]::new))
                        .setParameter("orders", rows.stream().map(e -> Integer.toString(e.getValue().orders())).toArray(String[]::new))
                        .setParameter("monetary", rows.stream().map(e -> e.getValue().monetary().toPlainString()).toArray(String[]::new))
                        .setParameter("firsts", rows.stream().map(e -> e.getValue().first().toString()).toArray(String[]::new))
                        .setParameter("lasts", rows.stream().map(e -> e.getValue().last().toString()).toArray(String[]::new))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** A refund changes the monetary value only: first and last purchase (recency, tenure) follow orders. */
    private record BehaviourDelta(int orders, java.math.BigDecimal monetary, Instant first, Instant last) {
        static BehaviourDelta of(PurchaseRecorded purchase) {
            return new BehaviourDelta(purchase.amount().signum() >= 0 ? 1 : 0, purchase.amount(), purchase.purchasedAt(),
                    purchase.purchasedAt());
        }

        BehaviourDelta plus(BehaviourDelta other) {
            if (orders == 0 || other.orders == 0) {
                BehaviourDelta dates = orders == 0 ? other : this;
                return new BehaviourDelta(orders + other.orders, monetary.add(other.monetary), dates.first, dates.last);
            }
            return new BehaviourDelta(orders + other.orders, monetary.add(other.monetary),
                    first.isBefore(other.first) ? first : other.first, last.isAfter(other.last) ? last : other.last);
        }
    }

    /** The customer's segmentable attributes; a newer profile version replaces an older one, never the reverse. */
    public Uni<Void> attributes(String customerId, long version, CustomerAttributes attributes, Instant changedAt) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                INSERT INTO demographic_features (customer_id, attributes, version, changed_at)
                                VALUES (:customer, CAST(CAST(:attributes AS text) AS jsonb), :version, :at)
                                ON CONFLICT (customer_id) DO UPDATE SET attributes = EXCLUDED.attributes,
                                    version = EXCLUDED.version, changed_at = EXCLUDED.changed_at
                                WHERE demographic_features.version <= EXCLUDED.version""")
                        .setParameter("customer", UUID.fromString(customerId))
                        .setParameter("attributes", attributes == null ? "{}" : writeObject(attributes))
                        .setParameter("version", version)
                        .setParameter("at", OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC))
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Only PROFILING matters here: without it a customer is left out of runs and tagging. */
    public Uni<Void> consentChanged(ConsentChanged change) {
        if (change.purpose() != ConsentPurpose.PROFILING) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                INSERT INTO profiling_consent (customer_id, status, changed_at) VALUES (:customer, :status, :at)
                                ON CONFLICT (customer_id) DO UPDATE SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
                                WHERE profiling_consent.changed_at <= EXCLUDED.changed_at""")
                        .setParameter("customer", UUID.fromString(change.customerId()))
                        .setParameter("status", change.status().name())
                        .setParameter("at", OffsetDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC))
                        .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> erase(UUID customerId) {
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("DELETE FROM values_features WHERE customer_id = :customer")
                        .setParameter("customer", customerId).executeUpdate()
                        .chain(() -> session.createNativeQuery("DELETE FROM profiling_consent WHERE customer_id = :customer")
                                .setParameter("customer", customerId).executeUpdate())
                        .chain(() -> session.createNativeQuery("DELETE FROM behaviour_features WHERE customer_id = :customer")
                                .setParameter("customer", customerId).executeUpdate())
                        .chain(() -> session.createNativeQuery("DELETE FROM demographic_features WHERE customer_id = :customer")
                                .setParameter("customer", customerId).executeUpdate())
                        .chain(() -> session.createNativeQuery("DELETE FROM run_assignment WHERE customer_id = :customer")
                                .setParameter("customer", customerId).executeUpdate()))
                .replaceWithVoid();
    }

    private String writeObject(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("attributes cannot be written as JSON", e);
        }
    }

    private String write(Map<String, Double> scores) {
        try {
            return json.writeValueAsString(scores);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("scores cannot be written as JSON", e);
        }
    }
}
