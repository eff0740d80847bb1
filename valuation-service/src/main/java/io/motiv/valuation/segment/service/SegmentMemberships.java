package io.motiv.valuation.segment.service;

import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.events.segmentation.SegmentSummary;
import io.motiv.events.segmentation.SegmentationActivated;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Segment memberships and segments from segmentation-service's events, written in bulk inside the inbox
 * transaction. Per customer and segmentation the assignment with the latest {@code assignedAt} wins, so a replayed
 * or late assignment of an older run changes nothing; erased customers are not stored again.
 */
@ApplicationScoped
public class SegmentMemberships {

    private static final String ASSIGN = """
            INSERT INTO segment_membership (customer_id, segmentation_id, run_id, segment_id, segment_label, assigned_at)
            SELECT CAST(t.c AS uuid), t.s, t.r, t.g, t.l, CAST(t.a AS timestamptz)
            FROM unnest(CAST(:customers AS text[]), CAST(:segmentations AS text[]), CAST(:runs AS text[]),
                        CAST(:segments AS text[]), CAST(:labels AS text[]), CAST(:times AS text[])) AS t(c, s, r, g, l, a)
            WHERE NOT EXISTS (SELECT 1 FROM erased_customer e WHERE e.customer_id = CAST(t.c AS uuid))
            ON CONFLICT (customer_id, segmentation_id) DO UPDATE
            SET run_id = EXCLUDED.run_id, segment_id = EXCLUDED.segment_id,
                segment_label = EXCLUDED.segment_label, assigned_at = EXCLUDED.assigned_at
            WHERE segment_membership.assigned_at <= EXCLUDED.assigned_at""";

    private static final String ACTIVATE = """
            INSERT INTO segmentation (segmentation_id, run_id, activated_at) VALUES (:segmentation, :run, CAST(:at AS timestamptz))
            ON CONFLICT (segmentation_id) DO UPDATE SET run_id = EXCLUDED.run_id, activated_at = EXCLUDED.activated_at
            WHERE segmentation.activated_at <= EXCLUDED.activated_at""";

    private static final String SEGMENTS = """
            INSERT INTO segment (segment_id, segmentation_id, run_id, label, size, share)
            SELECT t.g, :segmentation, :run, t.l, CAST(t.n AS bigint), CAST(t.sh AS float8)
            FROM unnest(CAST(:segments AS text[]), CAST(:labels AS text[]), CAST(:sizes AS text[]), CAST(:shares AS text[]))
                 AS t(g, l, n, sh)
            ON CONFLICT (segment_id) DO UPDATE SET segmentation_id = EXCLUDED.segmentation_id, run_id = EXCLUDED.run_id,
                label = EXCLUDED.label, size = EXCLUDED.size, share = EXCLUDED.share""";

    public Uni<Void> assignAll(List<CustomerSegmentAssigned> assignments) {
        if (assignments.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // One statement cannot touch a row twice: per key, only the latest assignment of the batch goes in.
        Collection<CustomerSegmentAssigned> rows = latest(assignments,
                a -> List.of(a.customerId(), a.segmentationId())).values();
        return Panache.getSession().chain(session -> bind(session.createNativeQuery(ASSIGN), rows).executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> activateAll(List<SegmentationActivated> activations) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SegmentationActivated activated : activations) {
            List<SegmentSummary> segments = activated.segments();
            chain = chain.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(ACTIVATE)
                            .setParameter("segmentation", activated.segmentationId())
                            .setParameter("run", activated.runId())
                            .setParameter("at", activated.activatedAt().atOffset(java.time.ZoneOffset.UTC))
                            .executeUpdate()
                            .chain(() -> session.createNativeQuery(SEGMENTS)
                                    .setParameter("segmentation", activated.segmentationId())
                                    .setParameter("run", activated.runId())
                                    .setParameter("segments", segments.stream().map(SegmentSummary::segmentId).toArray(String[]::new))
                                    .setParameter("labels", segments.stream().map(SegmentSummary::label).toArray(String[]::new))
                                    .setParameter("sizes", segments.stream().map(s -> Long.toString(s.size())).toArray(String[]::new))
                                    .setParameter("shares", segments.stream().map(s -> Double.toString(s.share())).toArray(String[]::new))
                                    .executeUpdate())))
                    .replaceWithVoid();
        }
        return chain;
    }

    private static Map<List<String>, CustomerSegmentAssigned> latest(List<CustomerSegmentAssigned> assignments,
                                                                    Function<CustomerSegmentAssigned, List<String>> key) {
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
}
