package io.motiv.profile.tag.service;

import java.util.stream.Collectors;
import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.profile.tag.SegmentTag;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Segment tags from segmentation-service, written in bulk: a batch of assignments is two statements (history, then
 * current tags), whatever its size, which is what tagging a whole population needs.
 */
@ApplicationScoped
public class SegmentTagService {

    private static final String ROWS = """
            FROM unnest(CAST(:customers AS text[]), CAST(:segmentations AS text[]), CAST(:runs AS text[]),
                        CAST(:segments AS text[]), CAST(:labels AS text[]), CAST(:times AS text[])) AS t(c, s, r, g, l, a)
            WHERE EXISTS (SELECT 1 FROM customer WHERE id = CAST(t.c AS uuid))""";
    private static final String HISTORY = """
            INSERT INTO segment_tag_history (customer_id, segmentation_id, run_id, segment_id, segment_label, assigned_at)
            SELECT CAST(t.c AS uuid), t.s, t.r, t.g, t.l, CAST(t.a AS timestamptz) """ + ROWS + """
            ON CONFLICT (customer_id, segmentation_id, run_id)
            DO UPDATE SET segment_id = EXCLUDED.segment_id, segment_label = EXCLUDED.segment_label,
                          assigned_at = EXCLUDED.assigned_at""";
    /** A tag from a later assignment is never replaced by an earlier one (a replayed or late event of an older run). */
    private static final String CURRENT = """
            INSERT INTO segment_tag (customer_id, segmentation_id, run_id, segment_id, segment_label, assigned_at)
            SELECT CAST(t.c AS uuid), t.s, t.r, t.g, t.l, CAST(t.a AS timestamptz) """ + ROWS + """
            ON CONFLICT (customer_id, segmentation_id) DO UPDATE
            SET run_id = EXCLUDED.run_id, segment_id = EXCLUDED.segment_id,
                segment_label = EXCLUDED.segment_label, assigned_at = EXCLUDED.assigned_at
            WHERE segment_tag.assigned_at <= EXCLUDED.assigned_at""";

    /**
     * Keeps every assignment in the history and makes the latest per segmentation the current tag. Runs in the
     * inbox transaction. Assignments of customers this service does not know (erased, or never registered) are ignored.
     */
    public Uni<Void> assignAll(List<CustomerSegmentAssigned> assignments) {
        // One statement cannot touch a row twice: per key, only the latest assignment of the batch goes in.
        Map<List<String>, CustomerSegmentAssigned> perRun = latest(assignments, a -> List.of(a.customerId(), a.segmentationId(), a.runId()));
        Map<List<String>, CustomerSegmentAssigned> perSegmentation = latest(assignments, a -> List.of(a.customerId(), a.segmentationId()));
        return Panache.getSession()
                .chain(session -> bind(session.createNativeQuery(HISTORY), perRun.values()).executeUpdate()
                        .chain(() -> bind(session.createNativeQuery(CURRENT), perSegmentation.values()).executeUpdate()))
                .replaceWithVoid();
    }

    /**
     * Removes the customer's current segment tags when their current PROFILING decision is not a grant (a withdrawal,
     * an objection, a denial): tags are profiling results, and partners read them. The history stays for the audit
     * until erasure. Runs in the caller's transaction, after the decision is stored.
     */
    public Uni<Integer> removeTagsUnlessProfilingGranted(UUID customerId) {
        return removeTagsUnlessProfilingGranted(List.of(customerId));
    }

    /** {@link #removeTagsUnlessProfilingGranted(UUID)} for many customers, with one statement. */
    public Uni<Integer> removeTagsUnlessProfilingGranted(Collection<UUID> customerIds) {
        // flush first: the decisions this depends on may still be pending in the session
        return Panache.getSession().chain(session -> session.flush().chain(() -> session.createNativeQuery("""
                        DELETE FROM segment_tag t WHERE t.customer_id = ANY(CAST(CAST(:customers AS text[]) AS uuid[]))
                        AND (SELECT status FROM consent_record c
                             WHERE c.customer_id = t.customer_id AND c.purpose = 'PROFILING'
                             ORDER BY c.decided_at DESC, c.recorded_at DESC LIMIT 1) IS DISTINCT FROM 'GRANTED'""")
                .setParameter("customers", customerIds.stream().map(UUID::toString).toArray(String[]::new))
                .executeUpdate()));
    }

    @WithSession
    /** Each customer's current tags by segmentation (absent when none), with one statement for all. */
    public Uni<Map<UUID, List<SegmentTag>>> currentTags(Collection<UUID> customerIds) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                                SELECT customer_id, segmentation_id, run_id, segment_id, segment_label, assigned_at
                                FROM segment_tag WHERE customer_id = ANY(CAST(CAST(:customers AS text[]) AS uuid[]))
                                ORDER BY customer_id, segmentation_id""", Object[].class)
                        .setParameter("customers", customerIds.stream().map(UUID::toString).toArray(String[]::new))
                        .getResultList())
                .map(rows -> rows.stream().map(SegmentTagService::toTag).collect(Collectors.groupingBy(SegmentTag::customerId)));
    }

    private static Map<List<String>, CustomerSegmentAssigned> latest(List<CustomerSegmentAssigned> assignments,
                                                                    java.util.function.Function<CustomerSegmentAssigned, List<String>> key) {
        Map<List<String>, CustomerSegmentAssigned> latest = new LinkedHashMap<>();
        assignments.forEach(assignment -> latest.merge(key.apply(assignment), assignment,
                (kept, next) -> next.assignedAt().isBefore(kept.assignedAt()) ? kept : next));
        return latest;
    }

    private static <Q extends Mutiny.MutationQuery> Q bind(Q query, Collection<CustomerSegmentAssigned> rows) {
        query.setParameter("customers", rows.stream().map(CustomerSegmentAssigned::customerId).toArray(String[]::new));
        query.setParameter("segmentations", rows.stream().map(CustomerSegmentAssigned::segmentationId).toArray(String[]::new));
        query.setParameter("runs", rows.stream().map(CustomerSegmentAssigned::runId).toArray(String[]::new));
        query.setParameter("segments", rows.stream().map(CustomerSegmentAssigned::segmentId).toArray(String[]::new));
        query.setParameter("labels", rows.stream().map(CustomerSegmentAssigned::segmentLabel).toArray(String[]::new));
        query.setParameter("times", rows.stream().map(a -> a.assignedAt().toString()).toArray(String[]::new));
        return query;
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
