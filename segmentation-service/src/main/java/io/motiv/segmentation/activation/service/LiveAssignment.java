package io.motiv.segmentation.activation.service;

import io.motiv.events.EventTypes;
import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.messaging.outbox.Outbox;
import io.motiv.segmentation.clustering.KMeansEngine;
import io.motiv.segmentation.features.model.Feature;
import io.motiv.segmentation.features.model.FeatureCatalog;
import io.motiv.segmentation.features.model.FeatureVectors;
import io.motiv.segmentation.features.model.RawFeatures;
import io.motiv.segmentation.run.RunModel;
import io.motiv.segmentation.support.Jdbc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Places customers with a new values profile in the nearest segment of every active run, with the run's own
 * standardisation and weights, in the same inbox transaction that stored the profile: the membership and its
 * {@code CustomerSegmentAssigned} are committed together, seconds after the survey answer.
 */
@ApplicationScoped
public class LiveAssignment {

    private static final Logger LOG = Logger.getLogger(LiveAssignment.class);

    private record ActiveRun(UUID segmentationId, UUID runId, RunModel model, List<Feature> features) {
    }

    private record SegmentRef(String id, String label) {
    }

    private final Outbox outbox;
    /** A succeeded run's model never changes, so it is parsed once. */
    private final Map<UUID, RunModel> models = new ConcurrentHashMap<>();

    public LiveAssignment(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> assign(List<String> customerIds) {
        if (customerIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT g.id, r.id, r.model::text FROM segmentation g JOIN segmentation_run r ON r.id = g.active_run_id""",
                        Object[].class).getResultList())
                .chain(rows -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Object[] row : rows) {
                        UUID runId = (UUID) row[1];
                        RunModel model = models.computeIfAbsent(runId, id -> Jdbc.fromJson((String) row[2], RunModel.class));
                        List<Feature> features = model.features().stream()
                                .map(feature -> FeatureCatalog.parse(feature.name()).orElseThrow()).toList();
                        ActiveRun run = new ActiveRun((UUID) row[0], runId, model, features);
                        chain = chain.chain(() -> assign(run, customerIds));
                    }
                    return chain;
                });
    }

    private Uni<Void> assign(ActiveRun run, List<String> customerIds) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "SELECT position, id::text, coalesce(name, label) FROM segment WHERE run_id = :run", Object[].class)
                        .setParameter("run", run.runId()).getResultList()
                        .chain(segmentRows -> {
                            Map<Integer, SegmentRef> segments = new HashMap<>();
                            segmentRows.forEach(r -> segments.put(((Number) r[0]).intValue(), new SegmentRef((String) r[1], (String) r[2])));
                            return session.createNativeQuery("SELECT ids.id, " + RawFeatures.COLUMNS
                                            + " FROM unnest(CAST(:ids AS uuid[])) AS ids(id)"
                                            + " LEFT JOIN profiling_consent c ON c.customer_id = ids.id"
                                            + " LEFT JOIN values_features v ON v.customer_id = ids.id"
                                            + " LEFT JOIN behaviour_features b ON b.customer_id = ids.id"
                                            + " LEFT JOIN demographic_features d ON d.customer_id = ids.id", Object[].class)
                                    .setParameter("ids", customerIds.stream().map(UUID::fromString).toArray(UUID[]::new))
                                    .getResultList()
                                    .chain(customers -> place(run, segments, customers));
                        }));
    }

    private Uni<Void> place(ActiveRun run, Map<Integer, SegmentRef> segments, List<Object[]> customers) {
        Instant now = Instant.now();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Object[] customer : customers) {
            UUID customerId = (UUID) customer[0];
            double[] row = new double[run.features().size()];
            FeatureVectors.Outcome outcome;
            try {
                outcome = FeatureVectors.fill(row, run.features(), RawFeatures.of(customer, 1),
                        run.model().excludeFlaggedResponses(), now, customerId);
            } catch (FeatureVectors.InvalidFeatureException e) {
                LOG.warnf("customer %s not assigned live: %s", customerId, e.getMessage());
                continue;
            }
            if (outcome != FeatureVectors.Outcome.INCLUDED) {
                continue;
            }
            double[] point = run.model().toClusteringSpace(row);
            double[][] centroids = run.model().centroids();
            int position = KMeansEngine.nearest(point, centroids);
            double distance = Math.sqrt(squared(point, centroids[position]));
            SegmentRef segment = segments.get(position);
            chain = chain.chain(() -> Panache.getSession().chain(session -> session.createNativeQuery("""
                                    INSERT INTO run_assignment (run_id, customer_id, position, distance, assigned_at)
                                    VALUES (:run, :customer, :position, :distance, :at)
                                    ON CONFLICT (run_id, customer_id) DO UPDATE SET position = EXCLUDED.position,
                                        distance = EXCLUDED.distance, assigned_at = EXCLUDED.assigned_at""")
                            .setParameter("run", run.runId())
                            .setParameter("customer", customerId)
                            .setParameter("position", (short) position)
                            .setParameter("distance", (float) distance)
                            .setParameter("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                            .executeUpdate())
                    .chain(() -> outbox.append(EventTypes.CUSTOMER_SEGMENT_ASSIGNED, customerId.toString(),
                            new CustomerSegmentAssigned(customerId.toString(), run.segmentationId().toString(),
                                    run.runId().toString(), segment.id(), segment.label(), distance, now)))
                    .replaceWithVoid());
        }
        return chain;
    }

    private static double squared(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double difference = a[j] - b[j];
            sum += difference * difference;
        }
        return sum;
    }
}
