package io.motiv.segmentation.segmentation.repository;

import io.motiv.segmentation.segmentation.Segmentation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

@ApplicationScoped
public class SegmentationRepository implements PanacheRepositoryBase<Segmentation, UUID> {
}
