package io.motiv.segmentation.run.repository;

import io.motiv.segmentation.run.Algorithm;
import io.motiv.segmentation.run.RunModel;
import io.motiv.segmentation.run.RunReport;
import io.motiv.segmentation.run.RunState;
import io.motiv.segmentation.run.SegmentationRun;
import io.motiv.segmentation.support.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RunRepository {

    private static final String COLUMNS = "id, segmentation_id, status, algorithm, k_min, k_max, restarts, seed, progress,"
            + " step, reason, cancel_requested, attempts, k, report::text, model::text, created_at, started_at, finished_at";

    /** A run whose worker stopped reporting, queued again or failed for good. */
    public record Requeued(UUID id, UUID segmentationId, boolean failed) {
    }

    public void insert(Connection connection, SegmentationRun run) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO segmentation_run (id, segmentation_id, status, algorithm, k_min, k_max, restarts, seed, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, run.id());
            insert.setObject(2, run.segmentationId());
            insert.setString(3, run.status().name());
            insert.setString(4, run.algorithm().name());
            insert.setInt(5, run.kMin());
            insert.setInt(6, run.kMax());
            insert.setInt(7, run.restarts());
            insert.setLong(8, run.seed());
            insert.setTimestamp(9, Timestamp.from(run.createdAt()));
            insert.executeUpdate();
        }
    }

    public Optional<SegmentationRun> find(Connection connection, UUID id, boolean forUpdate) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM segmentation_run WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        }
    }

    public List<SegmentationRun> page(Connection connection, UUID segmentationId, int offset, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM segmentation_run WHERE segmentation_id = ? ORDER BY created_at DESC, id OFFSET ? LIMIT ?")) {
            query.setObject(1, segmentationId);
            query.setInt(2, offset);
            query.setInt(3, limit);
            List<SegmentationRun> runs = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    runs.add(map(rows));
                }
            }
            return runs;
        }
    }

    public long count(Connection connection, UUID segmentationId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM segmentation_run WHERE segmentation_id = ?")) {
            query.setObject(1, segmentationId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Takes the oldest queued run; replicas skip rows another one has locked, so no run is taken twice. */
    public Optional<SegmentationRun> claimNext(Connection connection, String worker) throws SQLException {
        try (PreparedStatement claim = connection.prepareStatement("""
                UPDATE segmentation_run SET status = 'RUNNING', worker = ?, heartbeat_at = now(), attempts = attempts + 1,
                    started_at = coalesce(started_at, now()), progress = 0, step = 'starting'
                WHERE id = (SELECT id FROM segmentation_run WHERE status = 'QUEUED' ORDER BY created_at, id
                            FOR UPDATE SKIP LOCKED LIMIT 1)
                RETURNING id""")) {
            claim.setString(1, worker);
            try (ResultSet rows = claim.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return find(connection, rows.getObject(1, UUID.class), false);
            }
        }
    }

    /**
     * Records progress while the worker still owns the run.
     *
     * @return whether cancellation was requested, or empty when another worker (or nobody) owns the run now
     */
    public Optional<Boolean> heartbeat(Connection connection, UUID id, String worker, double progress, String step)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE segmentation_run SET heartbeat_at = now(), progress = ?, step = ?
                WHERE id = ? AND worker = ? AND status = 'RUNNING' RETURNING cancel_requested""")) {
            update.setDouble(1, progress);
            update.setString(2, step);
            update.setObject(3, id);
            update.setString(4, worker);
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBoolean(1)) : Optional.empty();
            }
        }
    }

    /** Queues again the runs whose worker has been silent for {@code staleAfter}; fails those out of attempts. */
    public List<Requeued> requeueStale(Connection connection, Duration staleAfter, int maxAttempts) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE segmentation_run SET
                    status = CASE WHEN attempts >= ? THEN 'FAILED' ELSE 'QUEUED' END,
                    reason = CASE WHEN attempts >= ? THEN 'the worker running it stopped ' || attempts || ' times' ELSE NULL END,
                    finished_at = CASE WHEN attempts >= ? THEN now() ELSE NULL END,
                    worker = NULL, progress = 0,
                    step = CASE WHEN attempts >= ? THEN 'failed' ELSE 'queued again after its worker stopped' END
                WHERE status = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => ?)
                RETURNING id, segmentation_id, status""")) {
            update.setInt(1, maxAttempts);
            update.setInt(2, maxAttempts);
            update.setInt(3, maxAttempts);
            update.setInt(4, maxAttempts);
            update.setDouble(5, staleAfter.toMillis() / 1000.0);
            List<Requeued> requeued = new ArrayList<>();
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    requeued.add(new Requeued(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            "FAILED".equals(rows.getString(3))));
                }
            }
            return requeued;
        }
    }

    public void requestCancel(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE segmentation_run SET cancel_requested = TRUE WHERE id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    public void finish(Connection connection, UUID id, RunState status, String reason, Integer k, RunReport report,
                       RunModel model) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE segmentation_run SET status = ?, reason = ?, k = ?, report = CAST(? AS jsonb), model = CAST(? AS jsonb),
                    progress = CASE WHEN ? = 'SUCCEEDED' THEN 1 ELSE progress END, step = ?, finished_at = now(), worker = NULL
                WHERE id = ?""")) {
            update.setString(1, status.name());
            update.setString(2, reason);
            if (k == null) {
                update.setNull(3, Types.INTEGER);
            } else {
                update.setInt(3, k);
            }
            update.setString(4, report == null ? null : Jdbc.toJson(report));
            update.setString(5, model == null ? null : Jdbc.toJson(model));
            update.setString(6, status.name());
            update.setString(7, status.name().toLowerCase(java.util.Locale.ROOT));
            update.setObject(8, id);
            update.executeUpdate();
        }
    }

    private static SegmentationRun map(ResultSet rows) throws SQLException {
        int k = rows.getInt(14);
        Integer chosenK = rows.wasNull() ? null : k;
        return new SegmentationRun(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                RunState.valueOf(rows.getString(3)), Algorithm.valueOf(rows.getString(4)), rows.getInt(5), rows.getInt(6),
                rows.getInt(7), rows.getLong(8), rows.getDouble(9), rows.getString(10), rows.getString(11),
                rows.getBoolean(12), rows.getInt(13), chosenK, Jdbc.fromJson(rows.getString(15), RunReport.class),
                Jdbc.fromJson(rows.getString(16), RunModel.class), instant(rows.getTimestamp(17)),
                instant(rows.getTimestamp(18)), instant(rows.getTimestamp(19)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
