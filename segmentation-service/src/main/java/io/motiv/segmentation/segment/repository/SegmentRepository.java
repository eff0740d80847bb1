package io.motiv.segmentation.segment.repository;

import io.motiv.segmentation.segment.Segment;
import io.motiv.segmentation.segment.SegmentProfile;
import io.motiv.segmentation.support.Jdbc;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class SegmentRepository {

    private static final String COLUMNS = "s.id, s.run_id, r.segmentation_id, s.position, s.label, s.name, s.size, s.share,"
            + " s.profile::text";
    private static final String FROM = " FROM segment s JOIN segmentation_run r ON r.id = s.run_id";

    public void insert(Connection connection, List<Segment> segments) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO segment (id, run_id, position, label, size, share, profile) VALUES (?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""")) {
            for (Segment segment : segments) {
                insert.setObject(1, segment.id());
                insert.setObject(2, segment.runId());
                insert.setInt(3, segment.position());
                insert.setString(4, segment.label());
                insert.setLong(5, segment.size());
                insert.setDouble(6, segment.share());
                insert.setString(7, Jdbc.toJson(segment.profile()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public Optional<Segment> find(Connection connection, UUID id) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + FROM + " WHERE s.id = ?", id).stream().map(Keyed::segment).findFirst();
    }

    public List<Segment> ofRun(Connection connection, UUID runId) throws SQLException {
        return ofRuns(connection, List.of(runId)).getOrDefault(runId, List.of());
    }

    /** The runs' segments by run, each run's by position, with one statement; a run without segments is absent. */
    public Map<UUID, List<Segment>> ofRuns(Connection connection, Collection<UUID> runIds) throws SQLException {
        return query(connection, "SELECT " + COLUMNS + ", s.run_id" + FROM + " WHERE s.run_id = ANY (?) ORDER BY s.position",
                connection.createArrayOf("uuid", runIds.toArray())).stream()
                .collect(Collectors.groupingBy(Keyed::key, LinkedHashMap::new,
                        Collectors.mapping(Keyed::segment, Collectors.toList())));
    }

    /**
     * Each customer's segment in the segmentation's active run (absent when they are not a member), with one
     * statement for all the customers.
     */
    public Map<UUID, Segment> ofCustomers(Connection connection, UUID segmentationId, Collection<UUID> customerIds)
            throws SQLException {
        Map<UUID, Segment> found = new HashMap<>();
        query(connection, "SELECT " + COLUMNS + ", a.customer_id" + FROM
                + " JOIN segmentation g ON g.active_run_id = s.run_id"
                + " JOIN run_assignment a ON a.run_id = s.run_id AND a.position = s.position"
                + " JOIN profiling_consent c ON c.customer_id = a.customer_id AND c.status = 'GRANTED'"
                + " WHERE g.id = ? AND a.customer_id = ANY (?)", segmentationId,
                connection.createArrayOf("uuid", customerIds.toArray()))
                .forEach(keyed -> found.put(keyed.key(), keyed.segment()));
        return found;
    }

    /** A segment and the id its query selected after the segment's columns. */
    private record Keyed(Segment segment, UUID key) {
    }

    public boolean rename(Connection connection, UUID id, String name) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE segment SET name = ? WHERE id = ?")) {
            update.setString(1, name);
            update.setObject(2, id);
            return update.executeUpdate() == 1;
        }
    }

    /** Segments, each with the id in column 10 when the query selects one (else null). */
    private static List<Keyed> query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<Keyed> segments = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                boolean keyed = rows.getMetaData().getColumnCount() > 9;
                while (rows.next()) {
                    segments.add(new Keyed(new Segment(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getInt(4), rows.getString(5), rows.getString(6),
                            rows.getLong(7), rows.getDouble(8), Jdbc.fromJson(rows.getString(9), SegmentProfile.class)),
                            keyed ? rows.getObject(10, UUID.class) : null));
                }
            }
            return segments;
        }
    }
}
