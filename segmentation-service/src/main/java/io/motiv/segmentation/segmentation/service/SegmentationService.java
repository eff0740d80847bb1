package io.motiv.segmentation.segmentation.service;

import io.motiv.segmentation.segmentation.Segmentation;
import io.motiv.segmentation.segmentation.repository.SegmentationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SegmentationService {

    private final SegmentationRepository repository;

    public SegmentationService(SegmentationRepository repository) {
        this.repository = repository;
    }

    @WithSession
    public Uni<Segmentation> findById(UUID id) {
        return repository.findById(id);
    }
}
