package io.motiv.segmentation.segment.service;

import io.motiv.segmentation.segment.Segment;
import io.motiv.segmentation.segment.repository.SegmentRepository;
import io.motiv.segmentation.support.Jdbc;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
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

    public List<Segment> ofRun(UUID runId) {
        return jdbc.read(connection -> repository.ofRun(connection, runId));
    }

    public Optional<Segment> ofCustomer(UUID segmentationId, UUID customerId) {
        return jdbc.read(connection -> repository.ofCustomer(connection, segmentationId, customerId));
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
