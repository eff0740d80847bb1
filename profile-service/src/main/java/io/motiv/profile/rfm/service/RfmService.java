package io.motiv.profile.rfm.service;

import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Scores every customer with purchases 1..5 on recency (latest purchase), frequency (orders) and monetary value
 * (net revenue): the score is the quintile of the customer's cumulative distribution, ceil(5 * cume_dist), so equal
 * values share a score. Recomputed on a schedule and on demand, in one statement; one replica at a time.
 */
@ApplicationScoped
public class RfmService {

    private static final long RFM_LOCK = 0x6d6f7469765f72L; // "motiv_r"

    /** @return the number of customers scored, or -1 when another replica is scoring right now */
    @WithTransaction
    public Uni<Integer> recompute() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT pg_try_advisory_xact_lock(:lock)", Boolean.class)
                .setParameter("lock", RFM_LOCK)
                .getSingleResult()
                .chain(locked -> !locked ? Uni.createFrom().item(-1) : session.createNativeQuery("""
                                WITH scored AS (
                                    SELECT customer_id,
                                           GREATEST(1, CEIL(5 * CUME_DIST() OVER (ORDER BY last_purchase_at)))::smallint AS r,
                                           GREATEST(1, CEIL(5 * CUME_DIST() OVER (ORDER BY orders)))::smallint AS f,
                                           GREATEST(1, CEIL(5 * CUME_DIST() OVER (ORDER BY revenue)))::smallint AS m
                                    FROM customer_behaviour)
                                INSERT INTO customer_rfm (customer_id, recency_score, frequency_score, monetary_score, rfm_group, computed_at)
                                SELECT customer_id, r, f, m,
                                       CASE WHEN r >= 4 AND f >= 4 THEN 'CHAMPIONS'
                                            WHEN r >= 3 AND f >= 4 THEN 'LOYAL'
                                            WHEN r >= 4 AND f = 1 THEN 'NEW'
                                            WHEN r >= 4 THEN 'POTENTIAL_LOYALISTS'
                                            WHEN r <= 2 AND f >= 3 THEN 'AT_RISK'
                                            WHEN r <= 2 THEN 'HIBERNATING'
                                            ELSE 'NEED_ATTENTION' END,
                                       :now
                                FROM scored
                                ON CONFLICT (customer_id) DO UPDATE SET recency_score = EXCLUDED.recency_score,
                                    frequency_score = EXCLUDED.frequency_score, monetary_score = EXCLUDED.monetary_score,
                                    rfm_group = EXCLUDED.rfm_group, computed_at = EXCLUDED.computed_at""")
                        .setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                        .executeUpdate()));
    }

    @Scheduled(every = "${motiv.profile.rfm.every:1h}", delayed = "${motiv.profile.rfm.delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> recomputeOnSchedule() {
        return recompute().replaceWithVoid();
    }

    @WithSession
    /** Each customer's scores (absent before their first scored purchase), with one statement for all. */
    public Uni<Map<UUID, Rfm>> of(Collection<UUID> customerIds) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT recency_score, frequency_score, monetary_score, rfm_group, computed_at, customer_id
                        FROM customer_rfm WHERE customer_id = ANY(CAST(CAST(:customers AS text[]) AS uuid[]))""", Object[].class)
                .setParameter("customers", customerIds.stream().map(UUID::toString).toArray(String[]::new))
                .getResultList())
                .map(rows -> {
                    Map<UUID, Rfm> found = new HashMap<>();
                    rows.forEach(row -> found.put((UUID) row[5], toRfm(row)));
                    return found;
                });
    }

    private static Rfm toRfm(Object[] row) {
        Object at = row[4];
        Instant computedAt = at instanceof OffsetDateTime time ? time.toInstant()
                : at instanceof Instant instant ? instant : ((java.time.LocalDateTime) at).toInstant(ZoneOffset.UTC);
        return new Rfm(((Number) row[0]).intValue(), ((Number) row[1]).intValue(), ((Number) row[2]).intValue(),
                (String) row[3], computedAt);
    }

    public record Rfm(int recency, int frequency, int monetary, String group, Instant computedAt) {

        public String code() {
            return "" + recency + frequency + monetary;
        }
    }
}
