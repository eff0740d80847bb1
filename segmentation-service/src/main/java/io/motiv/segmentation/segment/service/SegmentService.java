package io.motiv.segmentation.segment.service;

import io.motiv.segmentation.segment.Segment;
import io.motiv.segmentation.segment.repository.SegmentRepository;
import io.motiv.segmentation.support.Jdbc;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SegmentService {

    private final Jdbc jdbc;
    private final SegmentRepository repository;

    public SegmentService(Jdbc jdbc, SegmentRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    public Optional<Segment> find(UUID id) {
        return jdbc.read(connection -> repository.find(connection, id));
    }

    /** The runs' segments by run, each run's by position; one statement for all the runs. */
    public Map<UUID, List<Segment>> ofRuns(Collection<UUID> runIds) {
        return jdbc.read(connection -> repository.ofRuns(connection, runIds));
    }

    /** Each customer's segment in the segmentation's active run, absent when not a member; one statement. */
    public Map<UUID, Segment> ofCustomers(UUID segmentationId, Collection<UUID> customerIds) {
        return jdbc.read(connection -> repository.ofCustomers(connection, segmentationId, customerIds));
    }

    /** A blank name goes back to the generated label. Tags already published keep the name they had. */
    public Segment rename(UUID id, String name) {
        String trimmed = name == null ? null : name.strip();
        if (trimmed != null && trimmed.length() > 200) {
            throw new ValidationException("name", "must be at most 200 characters");
        }
        String stored = trimmed == null || trimmed.isEmpty() ? null : trimmed;
        return jdbc.inTransaction(connection -> {
            if (!repository.rename(connection, id, stored)) {
                throw new NotFoundException("Segment", id.toString());
            }
            return repository.find(connection, id).orElseThrow();
        });
    }
}
