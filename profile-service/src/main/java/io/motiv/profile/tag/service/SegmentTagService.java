package io.motiv.profile.tag.service;

import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.profile.tag.SegmentTag;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Segment tags from segmentation-service. Written with plain SQL upserts: one statement per table, no read
 * before write, which is what tagging a whole population needs.
 */
@ApplicationScoped
public class SegmentTagService {

    /**
     * Keeps the assignment in the history and makes it the current tag unless the current one is from a later
     * assignment (a replayed or late event of an older run does not win). Runs in the inbox transaction.
     * Assignments for customers this service does not know (erased, or not registered here) are ignored.
     */
    public Uni<Void> assign(CustomerSegmentAssigned assigned) {
        UUID customerId = UUID.fromString(assigned.customerId());
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                INSERT INTO segment_tag_history (customer_id, segmentation_id, run_id, segment_id, segment_label, assigned_at)
                                SELECT :customer, :segmentation, :run, :segment, :label, :at
                                WHERE EXISTS (SELECT 1 FROM customer WHERE id = :customer)
                                ON CONFLICT (customer_id, segmentation_id, run_id)
                                DO UPDATE SET segment_id = EXCLUDED.segment_id, segment_label = EXCLUDED.segment_label,
                                              assigned_at = EXCLUDED.assigned_at""")
                        .setParameter("customer", customerId)
                        .setParameter("segmentation", assigned.segmentationId())
                        .setParameter("run", assigned.runId())
                        .setParameter("segment", assigned.segmentId())
                        .setParameter("label", assigned.segmentLabel())
                        .setParameter("at", OffsetDateTime.ofInstant(assigned.assignedAt(), ZoneOffset.UTC))
                        .executeUpdate()
                        .chain(() -> session.createNativeQuery("""
                                        INSERT INTO segment_tag (customer_id, segmentation_id, run_id, segment_id, segment_label, assigned_at)
                                        SELECT :customer, :segmentation, :run, :segment, :label, :at
                                        WHERE EXISTS (SELECT 1 FROM customer WHERE id = :customer)
                                        ON CONFLICT (customer_id, segmentation_id) DO UPDATE
                                        SET run_id = EXCLUDED.run_id, segment_id = EXCLUDED.segment_id,
                                            segment_label = EXCLUDED.segment_label, assigned_at = EXCLUDED.assigned_at
                                        WHERE segment_tag.assigned_at <= EXCLUDED.assigned_at""")
                                .setParameter("customer", customerId)
                                .setParameter("segmentation", assigned.segmentationId())
                                .setParameter("run", assigned.runId())
                                .setParameter("segment", assigned.segmentId())
                                .setParameter("label", assigned.segmentLabel())
                                .setParameter("at", OffsetDateTime.ofInstant(assigned.assignedAt(), ZoneOffset.UTC))
                                .executeUpdate()))
                .replaceWithVoid();
    }

    @WithSession
    public Uni<List<SegmentTag>> currentTags(UUID customerId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT customer_id, segmentation_id, run_id, segment_id, segment_label, assigned_at
                                FROM segment_tag WHERE customer_id = :customer ORDER BY segmentation_id""", Object[].class)
                        .setParameter("customer", customerId)
                        .getResultList())
                .map(rows -> rows.stream().map(SegmentTagService::toTag).toList());
    }

    private static SegmentTag toTag(Object[] row) {
        return new SegmentTag((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4], instant(row[5]));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.time.LocalDateTime time) {
            return time.toInstant(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
