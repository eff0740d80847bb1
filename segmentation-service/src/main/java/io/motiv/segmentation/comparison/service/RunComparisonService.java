package io.motiv.segmentation.comparison.service;

import io.motiv.segmentation.clustering.AdjustedRandIndex;
import io.motiv.segmentation.run.RunState;
import io.motiv.segmentation.run.SegmentationRun;
import io.motiv.segmentation.run.repository.RunRepository;
import io.motiv.segmentation.segment.Segment;
import io.motiv.segmentation.segment.repository.SegmentRepository;
import io.motiv.segmentation.support.Jdbc;
import io.motiv.service.api.ConflictException;
import io.motiv.service.api.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RunComparisonService {

    private final Jdbc jdbc;
    private final RunRepository runs;
    private final SegmentRepository segments;

    public RunComparisonService(Jdbc jdbc, RunRepository runs, SegmentRepository segments) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.segments = segments;
    }

    public RunComparison compare(UUID runA, UUID runB) {
        return jdbc.read(connection -> {
            List<Segment> a = segmentsOf(connection, runA);
            List<Segment> b = segmentsOf(connection, runB);
            long[][] table = new long[a.size()][b.size()];
            long common = 0;
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT a.position, b.position, count(*) FROM run_assignment a
                    JOIN run_assignment b ON b.customer_id = a.customer_id AND b.run_id = ?
                    WHERE a.run_id = ? GROUP BY a.position, b.position""")) {
                query.setObject(1, runB);
                query.setObject(2, runA);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        table[rows.getInt(1)][rows.getInt(2)] = rows.getLong(3);
                        common += rows.getLong(3);
                    }
                }
            }
            List<List<Long>> migration = new ArrayList<>();
            for (long[] row : table) {
                migration.add(java.util.Arrays.stream(row).boxed().toList());
            }
            return new RunComparison(runA.toString(), runB.toString(), common,
                    common == 0 ? 0 : AdjustedRandIndex.fromContingency(table),
                    a.stream().map(segment -> segment.id().toString()).toList(),
                    b.stream().map(segment -> segment.id().toString()).toList(), migration);
        });
    }

    private List<Segment> segmentsOf(Connection connection, UUID runId) throws SQLException {
        SegmentationRun run = runs.find(connection, runId, false)
                .orElseThrow(() -> new NotFoundException("SegmentationRun", runId.toString()));
        if (run.status() != RunState.SUCCEEDED) {
            throw new ConflictException("run " + runId + " has no segments (" + run.status() + ")");
        }
        return segments.ofRun(connection, runId);
    }
}
