package io.motiv.valuation.segment.repository;

import io.motiv.valuation.segment.service.SegmentAggregate;
import io.motiv.valuation.support.Rows;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What this service knows of segmentations, segments and their members, and the per-segment purchase aggregates. */
@ApplicationScoped
public class SegmentDirectory {

    /** A segment of a segmentation's current run. */
    public record KnownSegment(String segmentId, String label) {
    }

    /**
     * The run whose segments are current: the activated one, or without an activation the run of the latest
     * assignment. Null when the segmentation is unknown. Needs a session.
     */
    public Uni<String> currentRun(String segmentationId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT run_id FROM segmentation WHERE segmentation_id = :s
                                UNION ALL
                                (SELECT run_id FROM segment_membership WHERE segmentation_id = :s
                                 ORDER BY assigned_at DESC LIMIT 1)""", Object.class)
                        .setParameter("s", segmentationId)
                        .getResultList())
                .map(rows -> rows.isEmpty() ? null : Rows.toText(rows.getFirst()));
    }

    /** The run's segments: those activated and those customers are assigned to, by id; the activation's label first. */
    public Uni<List<KnownSegment>> segments(String segmentationId, String runId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT segment_id, coalesce(max(label) FILTER (WHERE activated), max(label)) FROM (
                                    SELECT segment_id, label, true AS activated FROM segment WHERE segmentation_id = :s AND run_id = :r
                                    UNION ALL
                                    SELECT DISTINCT segment_id, segment_label, false FROM segment_membership
                                    WHERE segmentation_id = :s AND run_id = :r) AS known
                                GROUP BY segment_id ORDER BY segment_id""", Object[].class)
                        .setParameter("s", segmentationId)
                        .setParameter("r", runId)
                        .getResultList())
                .map(rows -> rows.stream().map(row -> new KnownSegment(Rows.toText(row[0]), Rows.toText(row[1]))).toList());
    }

    /** Whether the segment was activated or has members. */
    public Uni<Boolean> segmentExists(String segmentId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT count(*) FROM (SELECT 1 FROM segment WHERE segment_id = :g
                                    UNION ALL (SELECT 1 FROM segment_membership WHERE segment_id = :g LIMIT 1)) AS known""",
                                Object.class)
                        .setParameter("g", segmentId)
                        .getSingleResult())
                .map(count -> Rows.toLong(count) > 0);
    }

    private static final String AGGREGATES = """
            WITH members AS (
                SELECT customer_id, segment_id FROM segment_membership WHERE segmentation_id = :s AND run_id = :r),
            cur AS (
                SELECT p.customer_id, count(DISTINCT p.order_id) FILTER (WHERE p.amount >= 0) AS orders, sum(p.amount) AS revenue,
                       count(DISTINCT CAST(p.purchased_at AT TIME ZONE 'UTC' AS date)) FILTER (WHERE p.amount >= 0) AS occasions
                FROM purchase_fact p JOIN members m ON m.customer_id = p.customer_id
                WHERE p.currency = :currency AND p.purchased_at >= :curStart AND p.purchased_at < :curEnd
                GROUP BY p.customer_id),
            prev AS (
                SELECT p.customer_id, count(DISTINCT p.order_id) FILTER (WHERE p.amount >= 0) AS orders, sum(p.amount) AS revenue
                FROM purchase_fact p JOIN members m ON m.customer_id = p.customer_id
                WHERE p.currency = :currency AND p.purchased_at >= :prevStart AND p.purchased_at < :curStart
                GROUP BY p.customer_id),
            latest AS (
                SELECT p.customer_id, max(p.purchased_at) AS last_at
                FROM purchase_fact p JOIN members m ON m.customer_id = p.customer_id
                WHERE p.currency = :currency AND p.amount >= 0 AND p.purchased_at < :curEnd
                GROUP BY p.customer_id),
            pred AS (SELECT customer_id, probability_alive, lifetime_value FROM clv_prediction WHERE model_id = CAST(:model AS uuid))
            SELECT m.segment_id,
                   count(*),
                   count(*) FILTER (WHERE c.orders > 0),
                   coalesce(sum(c.orders), 0),
                   coalesce(sum(c.revenue), 0),
                   coalesce(sum(pv.revenue), 0),
                   count(*) FILTER (WHERE c.occasions >= 2),
                   count(*) FILTER (WHERE pv.orders > 0),
                   count(*) FILTER (WHERE pv.orders > 0 AND c.orders > 0),
                   avg(EXTRACT(EPOCH FROM (CAST(:curEnd AS timestamptz) - l.last_at)) / 86400.0),
                   avg(pr.probability_alive),
                   sum(pr.lifetime_value),
                   count(pr.customer_id)
            FROM members m
            LEFT JOIN cur c ON c.customer_id = m.customer_id
            LEFT JOIN prev pv ON pv.customer_id = m.customer_id
            LEFT JOIN latest l ON l.customer_id = m.customer_id
            LEFT JOIN pred pr ON pr.customer_id = m.customer_id
            GROUP BY m.segment_id""";

    /** Per segment with members: the purchase and prediction aggregates of the periods. */
    public Uni<Map<String, SegmentAggregate>> aggregates(String segmentationId, String runId, String currency,
                                                         OffsetDateTime previousStart, OffsetDateTime currentStart,
                                                         OffsetDateTime currentEnd, UUID clvModelId) {
        return Panache.getSession().chain(session -> session.createNativeQuery(AGGREGATES, Object[].class)
                        .setParameter("s", segmentationId)
                        .setParameter("r", runId)
                        .setParameter("currency", currency)
                        .setParameter("prevStart", previousStart)
                        .setParameter("curStart", currentStart)
                        .setParameter("curEnd", currentEnd)
                        .setParameter("model", (clvModelId == null ? new UUID(0, 0) : clvModelId).toString())
                        .getResultList())
                .map(rows -> {
                    Map<String, SegmentAggregate> bySegment = new LinkedHashMap<>();
                    for (Object[] row : rows) {
                        bySegment.put(Rows.toText(row[0]), new SegmentAggregate(Rows.toLong(row[1]), Rows.toLong(row[2]),
                                Rows.toLong(row[3]), Rows.toDecimal(row[4]), Rows.toDecimal(row[5]), Rows.toLong(row[6]),
                                Rows.toLong(row[7]), Rows.toLong(row[8]), Rows.toDouble(row[9]), Rows.toDouble(row[10]),
                                Rows.toDouble(row[11]), Rows.toLong(row[12])));
                    }
                    return bySegment;
                });
    }
}
