package io.motiv.segmentation.run.service;

import io.motiv.events.EventTypes;
import io.motiv.events.segmentation.RunStatus;
import io.motiv.events.segmentation.SegmentSummary;
import io.motiv.events.segmentation.SegmentationRunCompleted;
import io.motiv.segmentation.features.model.Population;
import io.motiv.segmentation.run.RunModel;
import io.motiv.segmentation.run.RunReport;
import io.motiv.segmentation.run.RunState;
import io.motiv.segmentation.run.repository.RunRepository;
import io.motiv.segmentation.segment.Segment;
import io.motiv.segmentation.segment.SegmentProfile;
import io.motiv.segmentation.segment.repository.SegmentRepository;
import io.motiv.segmentation.segment.service.SegmentLabeler;
import io.motiv.segmentation.segment.service.SegmentProfiler;
import io.motiv.segmentation.support.JdbcOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Stores a run's outcome in one transaction: members, segments with profiles and labels, the run's report and
 * model, and {@code SegmentationRunCompleted}. Either all of it is there or none (a crash mid-way leaves the run
 * RUNNING, and the stale-heartbeat check queues it again).
 */
@ApplicationScoped
public class RunResultWriter {

    private static final int COPY_CHUNK_ROWS = 50_000;

    private final RunRepository runs;
    private final SegmentRepository segments;
    private final SegmentProfiler profiler;
    private final JdbcOutbox outbox;

    public RunResultWriter(RunRepository runs, SegmentRepository segments, SegmentProfiler profiler, JdbcOutbox outbox) {
        this.runs = runs;
        this.segments = segments;
        this.profiler = profiler;
        this.outbox = outbox;
    }

    /** @return false when the run is no longer this worker's (it was queued again and taken by another) */
    public boolean succeeded(Connection connection, UUID runId, UUID segmentationId, String worker, Population population,
                             Clustering clustering, RunModel model, RunReport report) throws SQLException {
        if (!owns(connection, runId, worker)) {
            return false;
        }
        copyMembers(connection, runId, population.customers(), clustering.labels(), clustering.distances());
        dropWithoutConsent(connection, runId);
        long[] sizes = sizes(connection, runId, clustering.k());
        long members = java.util.Arrays.stream(sizes).sum();
        List<SegmentProfile> profiles = profiler.profile(connection, runId, model, clustering.centroids(), sizes);
        List<String> labels = SegmentLabeler.label(profiles);
        List<Segment> created = new ArrayList<>();
        for (int c = 0; c < clustering.k(); c++) {
            created.add(new Segment(UUID.randomUUID(), runId, segmentationId, c, labels.get(c), null, sizes[c],
                    members == 0 ? 0 : (double) sizes[c] / members, profiles.get(c)));
        }
        segments.insert(connection, created);
        runs.finish(connection, runId, RunState.SUCCEEDED, null, clustering.k(), report, model);
        outbox.append(connection, EventTypes.SEGMENTATION_RUN_COMPLETED, runId.toString(), new SegmentationRunCompleted(
                runId.toString(), segmentationId.toString(), RunStatus.SUCCEEDED, clustering.k(),
                created.stream().map(segment -> new SegmentSummary(segment.id().toString(), segment.label(),
                        segment.size(), segment.share())).toList(), null, Instant.now()));
        return true;
    }

    /** FAILED or CANCELLED, with the reason and whatever report there is. */
    public void ended(Connection connection, UUID runId, UUID segmentationId, RunState status, String reason,
                      RunReport report) throws SQLException {
        runs.finish(connection, runId, status, reason, null, report, null);
        outbox.append(connection, EventTypes.SEGMENTATION_RUN_COMPLETED, runId.toString(), new SegmentationRunCompleted(
                runId.toString(), segmentationId.toString(), RunStatus.valueOf(status.name()), null, null, reason,
                Instant.now()));
    }

    /** Customers erased or withdrawn while the run computed are not members (their consent row is gone or changed). */
    private static void dropWithoutConsent(Connection connection, UUID runId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("""
                DELETE FROM run_assignment a WHERE a.run_id = ? AND NOT EXISTS
                    (SELECT 1 FROM profiling_consent c WHERE c.customer_id = a.customer_id AND c.status = 'GRANTED')""")) {
            delete.setObject(1, runId);
            delete.executeUpdate();
        }
    }

    private static long[] sizes(Connection connection, UUID runId, int k) throws SQLException {
        long[] sizes = new long[k];
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT position, count(*) FROM run_assignment WHERE run_id = ? GROUP BY position")) {
            query.setObject(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sizes[rows.getInt(1)] = rows.getLong(2);
                }
            }
        }
        return sizes;
    }

    private static boolean owns(Connection connection, UUID runId, String worker) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT status, worker FROM segmentation_run WHERE id = ? FOR UPDATE")) {
            query.setObject(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && "RUNNING".equals(rows.getString(1)) && worker.equals(rows.getString(2));
            }
        }
    }

    private static void copyMembers(Connection connection, UUID runId, UUID[] customers, int[] labels, float[] distances)
            throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY run_assignment (run_id, customer_id, position, distance) FROM STDIN");
        try {
            String run = runId.toString();
            StringBuilder chunk = new StringBuilder(COPY_CHUNK_ROWS * 64);
            for (int i = 0; i < customers.length; i++) {
                chunk.append(run).append('\t').append(customers[i]).append('\t').append(labels[i]).append('\t')
                        .append(distances[i]).append('\n');
                if ((i + 1) % COPY_CHUNK_ROWS == 0 || i == customers.length - 1) {
                    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    chunk.setLength(0);
                }
            }
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }
}
