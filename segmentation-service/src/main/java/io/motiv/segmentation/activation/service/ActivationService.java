package io.motiv.segmentation.activation.service;

import io.motiv.events.EventTypes;
import io.motiv.events.segmentation.SegmentSummary;
import io.motiv.events.segmentation.SegmentationActivated;
import io.motiv.segmentation.run.RunState;
import io.motiv.segmentation.run.SegmentationRun;
import io.motiv.segmentation.run.repository.RunRepository;
import io.motiv.segmentation.segment.Segment;
import io.motiv.segmentation.segment.repository.SegmentRepository;
import io.motiv.segmentation.segmentation.Segmentation;
import io.motiv.segmentation.segmentation.repository.SegmentationRepository;
import io.motiv.segmentation.support.Jdbc;
import io.motiv.segmentation.support.JdbcOutbox;
import io.motiv.service.api.ConflictException;
import io.motiv.service.api.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Makes a run's segments the segmentation's current ones and tags every member: one
 * {@code CustomerSegmentAssigned} per member still consenting, written to the outbox in the same transaction as the
 * switch (built in the database, a million in one statement), then {@code SegmentationActivated}.
 */
@ApplicationScoped
public class ActivationService {

    /**
     * The event envelope and payload exactly as {@code EventCodec} writes them (json_build_object keeps key order);
     * {@code ActivationTest} reads the published events back through the codec.
     */
    private static final String TAG_MEMBERS = """
            INSERT INTO motiv_outbox (event_id, event_type, topic, message_key, payload, created_at)
            SELECT e.id, ?, ?, a.customer_id::text,
                   json_build_object('specversion', '1.0', 'id', e.id, 'source', ?, 'type', ?, 'time', ?,
                       'subject', a.customer_id::text, 'datacontenttype', 'application/json',
                       'data', json_build_object('customerId', a.customer_id::text, 'segmentationId', ?, 'runId', ?,
                           'segmentId', s.id::text, 'segmentLabel', coalesce(s.name, s.label),
                           'distance', a.distance, 'assignedAt', ?))::text,
                   CAST(? AS timestamptz)
            FROM run_assignment a
            JOIN segment s ON s.run_id = a.run_id AND s.position = a.position
            JOIN profiling_consent c ON c.customer_id = a.customer_id AND c.status = 'GRANTED'
            CROSS JOIN LATERAL (SELECT gen_random_uuid()::text AS id, a.customer_id AS customer) e
            WHERE a.run_id = ?
            ORDER BY a.customer_id""";

    private final Jdbc jdbc;
    private final RunRepository runs;
    private final SegmentationRepository segmentations;
    private final SegmentRepository segments;
    private final JdbcOutbox outbox;

    public ActivationService(Jdbc jdbc, RunRepository runs, SegmentationRepository segmentations,
                             SegmentRepository segments, JdbcOutbox outbox) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.segmentations = segmentations;
        this.segments = segments;
        this.outbox = outbox;
    }

    /** Activating the run that is already active changes nothing and publishes nothing. */
    public Segmentation activate(UUID runId) {
        return jdbc.inTransaction(connection -> {
            SegmentationRun run = runs.find(connection, runId, false)
                    .orElseThrow(() -> new NotFoundException("SegmentationRun", runId.toString()));
            Segmentation segmentation = segmentations.find(connection, run.segmentationId(), true).orElseThrow();
            if (run.status() != RunState.SUCCEEDED) {
                throw new ConflictException("only a SUCCEEDED run can be activated; this one is " + run.status());
            }
            if (runId.equals(segmentation.activeRunId())) {
                return segmentation;
            }
            Instant now = Instant.now();
            segmentations.activate(connection, segmentation.id(), runId, now);
            tagMembers(connection, segmentation.id(), runId, now);
            List<Segment> activated = segments.ofRun(connection, runId);
            outbox.append(connection, EventTypes.SEGMENTATION_ACTIVATED, segmentation.id().toString(),
                    new SegmentationActivated(segmentation.id().toString(), runId.toString(), activated.stream()
                            .map(segment -> new SegmentSummary(segment.id().toString(), segment.displayName(),
                                    segment.size(), segment.share())).toList(), now));
            return segmentations.find(connection, segmentation.id(), false).orElseThrow();
        });
    }

    private void tagMembers(Connection connection, UUID segmentationId, UUID runId, Instant at) throws SQLException {
        String type = EventTypes.CUSTOMER_SEGMENT_ASSIGNED.name();
        try (PreparedStatement insert = connection.prepareStatement(TAG_MEMBERS)) {
            insert.setString(1, type);
            insert.setString(2, EventTypes.CUSTOMER_SEGMENT_ASSIGNED.topic());
            insert.setString(3, outbox.source());
            insert.setString(4, type);
            insert.setString(5, at.toString());
            insert.setString(6, segmentationId.toString());
            insert.setString(7, runId.toString());
            insert.setString(8, at.toString());
            insert.setString(9, at.toString());
            insert.setObject(10, runId);
            insert.executeUpdate();
        }
    }
}
