package io.motiv.segmentation.segmentation.service;

import io.motiv.segmentation.features.model.FeatureCatalog;
import io.motiv.segmentation.features.model.FeatureWeight;
import io.motiv.segmentation.segmentation.Segmentation;
import io.motiv.segmentation.segmentation.repository.SegmentationRepository;
import io.motiv.segmentation.support.Jdbc;
import io.motiv.service.api.ConflictException;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class SegmentationService {

    static final int MAX_FEATURES = 64;
    static final double MAX_WEIGHT = 100;
    static final double MAX_MIN_SEGMENT_SHARE = 0.5;

    private final Jdbc jdbc;
    private final SegmentationRepository repository;

    public SegmentationService(Jdbc jdbc, SegmentationRepository repository) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    public record Page(List<Segmentation> segmentations, long total) {
    }

    public Segmentation define(DefineSegmentation request) {
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new ValidationException("name", "must be 1-200 characters");
        }
        if (request.description() != null && request.description().length() > 2000) {
            throw new ValidationException("description", "must be at most 2000 characters");
        }
        List<FeatureWeight> features = features(request);
        double minShare = request.minSegmentShare() == null ? 0.03 : request.minSegmentShare();
        if (!(minShare >= 0 && minShare < MAX_MIN_SEGMENT_SHARE)) {
            throw new ValidationException("minSegmentShare", "must be at least 0 and below " + MAX_MIN_SEGMENT_SHARE);
        }
        Segmentation segmentation = new Segmentation(UUID.randomUUID(), name, request.description(), features, minShare,
                request.excludeFlaggedResponses() == null || request.excludeFlaggedResponses(), null, null, Instant.now());
        return jdbc.inTransaction(connection -> {
            if (repository.nameTaken(connection, name)) {
                throw new ConflictException("a segmentation named '" + name + "' exists already");
            }
            try {
                repository.insert(connection, segmentation);
            } catch (java.sql.SQLException e) {
                if ("23505".equals(e.getSQLState())) { // a concurrent define took the name first
                    throw new ConflictException("a segmentation named '" + name + "' exists already");
                }
                throw e;
            }
            return segmentation;
        });
    }

    public Optional<Segmentation> find(UUID id) {
        return jdbc.read(connection -> repository.find(connection, id, false));
    }

    public Segmentation require(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Segmentation", id.toString()));
    }

    public Page page(int offset, int limit) {
        return jdbc.read(connection -> new Page(repository.page(connection, offset, limit), repository.count(connection)));
    }

    private static List<FeatureWeight> features(DefineSegmentation request) {
        boolean named = request.features() != null && !request.features().isEmpty();
        if (named == (request.featureSet() != null)) {
            throw new ValidationException("features", "give either featureSet or features (a list of names and weights)");
        }
        if (!named) {
            return FeatureCatalog.preset(request.featureSet()).stream().map(name -> new FeatureWeight(name, 1.0)).toList();
        }
        if (request.features().size() > MAX_FEATURES) {
            throw new ValidationException("features", "at most " + MAX_FEATURES + " features");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.features().size(); i++) {
            FeatureWeight feature = request.features().get(i);
            String field = "features[" + i + "]";
            if (FeatureCatalog.parse(feature.name()).isEmpty()) {
                throw new ValidationException(field + ".name", "unknown feature '" + feature.name()
                        + "'; see segmentationFeatures for the names");
            }
            if (!seen.add(feature.name())) {
                throw new ValidationException(field + ".name", "'" + feature.name() + "' is listed twice");
            }
            if (!(feature.weight() > 0 && feature.weight() <= MAX_WEIGHT)) {
                throw new ValidationException(field + ".weight", "must be greater than 0 and at most " + MAX_WEIGHT);
            }
        }
        return List.copyOf(request.features());
    }
}
