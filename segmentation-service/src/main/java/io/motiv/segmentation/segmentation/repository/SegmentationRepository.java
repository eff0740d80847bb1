package io.motiv.segmentation.segmentation.repository;

import io.motiv.segmentation.features.model.FeatureWeight;
import io.motiv.segmentation.segmentation.Segmentation;
import io.motiv.segmentation.support.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SegmentationRepository {

    private static final String COLUMNS = "id, name, description, features::text, min_segment_share, exclude_flagged,"
            + " active_run_id, activated_at, created_at";

    /** JSONB columns hold objects (see ARCHITECTURE "Things that bite"), so the feature list is wrapped. */
    public record FeatureList(List<FeatureWeight> features) {
    }

    public void insert(Connection connection, Segmentation segmentation) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO segmentation (id, name, description, features, min_segment_share, exclude_flagged, created_at, version)
                VALUES (?, ?, ?, CAST(? AS jsonb), ?, ?, ?, 0)""")) {
            insert.setObject(1, segmentation.id());
            insert.setString(2, segmentation.name());
            insert.setString(3, segmentation.description());
            insert.setString(4, Jdbc.toJson(new FeatureList(segmentation.features())));
            insert.setDouble(5, segmentation.minSegmentShare());
            insert.setBoolean(6, segmentation.excludeFlaggedResponses());
            insert.setTimestamp(7, Timestamp.from(segmentation.createdAt()));
            insert.executeUpdate();
        }
    }

    public boolean nameTaken(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM segmentation WHERE lower(name) = lower(?)")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    public Optional<Segmentation> find(Connection connection, UUID id, boolean forUpdate) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM segmentation WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
            query.setObject(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(map(rows)) : Optional.empty();
            }
        }
    }

    public List<Segmentation> page(Connection connection, int offset, int limit) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM segmentation ORDER BY created_at DESC, id OFFSET ? LIMIT ?")) {
            query.setInt(1, offset);
            query.setInt(2, limit);
            List<Segmentation> page = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    page.add(map(rows));
                }
            }
            return page;
        }
    }

    public long count(Connection connection) throws SQLException {
        try (ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM segmentation")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    public void activate(Connection connection, UUID segmentationId, UUID runId, java.time.Instant at) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE segmentation SET active_run_id = ?, activated_at = ?, version = version + 1 WHERE id = ?")) {
            update.setObject(1, runId);
            update.setTimestamp(2, Timestamp.from(at));
            update.setObject(3, segmentationId);
            update.executeUpdate();
        }
    }

    private static Segmentation map(ResultSet rows) throws SQLException {
        Timestamp activated = rows.getTimestamp(8);
        return new Segmentation(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                Jdbc.fromJson(rows.getString(4), FeatureList.class).features(), rows.getDouble(5), rows.getBoolean(6),
                rows.getObject(7, UUID.class), activated == null ? null : activated.toInstant(),
                rows.getTimestamp(9).toInstant());
    }
}
