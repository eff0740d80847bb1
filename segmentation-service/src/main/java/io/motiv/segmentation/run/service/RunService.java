package io.motiv.segmentation.run.service;

import io.motiv.segmentation.config.SegmentationConfig;
import io.motiv.segmentation.run.Algorithm;
import io.motiv.segmentation.run.RunState;
import io.motiv.segmentation.run.SegmentationRun;
import io.motiv.segmentation.run.repository.RunRepository;
import io.motiv.segmentation.segmentation.repository.SegmentationRepository;
import io.motiv.segmentation.support.Jdbc;
import io.motiv.service.api.ConflictException;
import io.motiv.service.api.Ids;
import io.motiv.service.api.NotFoundException;
import io.motiv.service.api.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queues, cancels and reads runs; {@link RunWorker} executes them. */
@ApplicationScoped
public class RunService {

    static final int MAX_RESTARTS = 100;
    static final int DEFAULT_RESTARTS = 10;

    private final Jdbc jdbc;
    private final RunRepository runs;
    private final SegmentationRepository segmentations;
    private final RunResultWriter writer;
    private final SegmentationConfig config;
    private final SecureRandom seeds = new SecureRandom();

    public RunService(Jdbc jdbc, RunRepository runs, SegmentationRepository segmentations, RunResultWriter writer,
                      SegmentationConfig config) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.segmentations = segmentations;
        this.writer = writer;
        this.config = config;
    }

    public record Page(List<SegmentationRun> runs, long total) {
    }

    public SegmentationRun start(StartRun request) {
        UUID segmentationId = UUID.fromString(Ids.requireValid("segmentationId", request.segmentationId()));
        Algorithm algorithm = request.algorithm() == null ? Algorithm.K_MEANS : request.algorithm();
        int maxK = config.runs().maxK();
        int kMin;
        int kMax;
        if (request.k() != null) {
            if (request.kMin() != null || request.kMax() != null) {
                throw new ValidationException("k", "give either k or kMin..kMax, not both");
            }
            kMin = request.k();
            kMax = request.k();
            if (algorithm == Algorithm.X_MEANS || algorithm == Algorithm.G_MEANS) {
                throw new ValidationException("k", algorithm + " chooses k itself: give kMax (and optionally kMin)");
            }
        } else {
            if (request.kMax() == null) {
                throw new ValidationException("k", "give k, or kMin..kMax to choose k by model selection");
            }
            kMin = request.kMin() == null ? 2 : request.kMin();
            kMax = request.kMax();
        }
        if (kMin < 2) {
            throw new ValidationException(request.k() != null ? "k" : "kMin", "must be at least 2 (one segment is no segmentation)");
        }
        if (kMax < kMin) {
            throw new ValidationException("kMax", "must be at least kMin (" + kMin + ")");
        }
        if (kMax > maxK) {
            throw new ValidationException(request.k() != null ? "k" : "kMax", "must be at most " + maxK);
        }
        int restarts = request.restarts() == null ? DEFAULT_RESTARTS : request.restarts();
        if (restarts < 1 || restarts > MAX_RESTARTS) {
            throw new ValidationException("restarts", "must be 1-" + MAX_RESTARTS);
        }
        long seed = request.seed() == null ? seeds.nextLong(1L << 53) : request.seed();
        SegmentationRun run = new SegmentationRun(UUID.randomUUID(), segmentationId, RunState.QUEUED, algorithm, kMin,
                kMax, restarts, seed, 0, "queued", null, false, 0, null, null, null, Instant.now(), null, null);
        return jdbc.inTransaction(connection -> {
            if (segmentations.find(connection, segmentationId, false).isEmpty()) {
                throw new NotFoundException("Segmentation", segmentationId.toString());
            }
            runs.insert(connection, run);
            return runs.find(connection, run.id(), false).orElseThrow();
        });
    }

    /** A queued run ends at once; a running one stops at its next check (within a heartbeat or an iteration). */
    public SegmentationRun cancel(UUID runId) {
        return jdbc.inTransaction(connection -> {
            SegmentationRun run = runs.find(connection, runId, true)
                    .orElseThrow(() -> new NotFoundException("SegmentationRun", runId.toString()));
            switch (run.status()) {
                case QUEUED -> writer.ended(connection, run.id(), run.segmentationId(), RunState.CANCELLED,
                        "cancelled before it started", null);
                case RUNNING -> runs.requestCancel(connection, run.id());
                default -> throw new ConflictException("the run has already ended (" + run.status() + ")");
            }
            return runs.find(connection, runId, false).orElseThrow();
        });
    }

    public Optional<SegmentationRun> find(UUID id) {
        return jdbc.read(connection -> runs.find(connection, id, false));
    }

    public Page page(UUID segmentationId, int offset, int limit) {
        return jdbc.read(connection -> new Page(runs.page(connection, segmentationId, offset, limit),
                runs.count(connection, segmentationId)));
    }
}
