package io.motiv.segmentation.run.service;

import io.motiv.events.EventTypes;
import io.motiv.events.segmentation.RunStatus;
import io.motiv.events.segmentation.SegmentationRunCompleted;
import io.motiv.segmentation.config.SegmentationConfig;
import io.motiv.segmentation.features.model.Feature;
import io.motiv.segmentation.features.model.FeatureCatalog;
import io.motiv.segmentation.features.model.Population;
import io.motiv.segmentation.features.repository.PopulationRepository;
import io.motiv.segmentation.run.RunModel;
import io.motiv.segmentation.run.RunReport;
import io.motiv.segmentation.run.RunState;
import io.motiv.segmentation.run.SegmentationRun;
import io.motiv.segmentation.run.repository.RunRepository;
import io.motiv.segmentation.segmentation.Segmentation;
import io.motiv.segmentation.segmentation.repository.SegmentationRepository;
import io.motiv.segmentation.support.Jdbc;
import io.motiv.segmentation.support.JdbcOutbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Executes queued runs, one at a time per replica (the clustering engine uses every core). Claims with
 * {@code FOR UPDATE SKIP LOCKED}, reports progress in a heartbeat that also carries cancellation, and queues again
 * the runs of workers that stopped reporting (a crash or a restart).
 */
@ApplicationScoped
public class RunWorker {

    private static final Logger LOG = Logger.getLogger(RunWorker.class);

    private final Jdbc jdbc;
    private final RunRepository runs;
    private final SegmentationRepository segmentations;
    private final PopulationRepository populations;
    private final RunResultWriter writer;
    private final JdbcOutbox outbox;
    private final SegmentationConfig config;
    private final MeterRegistry registry;
    private final RunClusterer clusterer = new RunClusterer();
    private final String worker = workerName();

    private ScheduledExecutorService scheduler;
    private ScheduledExecutorService heartbeats;

    public RunWorker(Jdbc jdbc, RunRepository runs, SegmentationRepository segmentations, PopulationRepository populations,
                     RunResultWriter writer, JdbcOutbox outbox, SegmentationConfig config, MeterRegistry registry) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.segmentations = segmentations;
        this.populations = populations;
        this.writer = writer;
        this.outbox = outbox;
        this.config = config;
        this.registry = registry;
    }

    void start(@Observes StartupEvent startup) {
        if (!config.runs().workerEnabled()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("segmentation-run-worker").daemon().factory());
        heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("segmentation-run-heartbeat").daemon().factory());
        long poll = config.runs().pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::poll, poll, poll, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (scheduler != null) {
            scheduler.shutdownNow();
            heartbeats.shutdownNow();
        }
    }

    public String name() {
        return worker;
    }

    private void poll() {
        try {
            requeueStale();
            Optional<SegmentationRun> claimed;
            while ((claimed = jdbc.inTransaction(connection -> runs.claimNext(connection, worker))).isPresent()) {
                execute(claimed.get());
            }
        } catch (Jdbc.DataAccessException e) {
            LOG.debugf("run worker waits for the database: %s", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("run worker failed", e);
        }
    }

    private void requeueStale() {
        jdbc.inTransaction(connection -> {
            for (RunRepository.Requeued run : runs.requeueStale(connection, config.runs().staleAfter(),
                    config.runs().maxAttempts())) {
                if (run.failed()) {
                    outbox.append(connection, EventTypes.SEGMENTATION_RUN_COMPLETED, run.id().toString(),
                            new SegmentationRunCompleted(run.id().toString(), run.segmentationId().toString(),
                                    RunStatus.FAILED, null, null, "the worker running it stopped " + config.runs().maxAttempts() + " times", Instant.now()));
                }
                LOG.infof("run %s %s after its worker stopped reporting", run.id(), run.failed() ? "failed" : "queued again");
            }
            return null;
        });
    }

    private void execute(SegmentationRun run) {
        long started = System.nanoTime();
        String outcome = "failed";
        Heartbeat heartbeat = new Heartbeat(run.id());
        ScheduledFuture<?> beating = heartbeats.scheduleWithFixedDelay(heartbeat, 0,
                config.runs().heartbeatInterval().toMillis(), TimeUnit.MILLISECONDS);
        Population.Counts counts = null;
        try {
            Segmentation segmentation = jdbc.read(connection -> segmentations.find(connection, run.segmentationId(), false))
                    .orElseThrow(() -> new RunFailure("the segmentation no longer exists"));
            List<Feature> features = segmentation.features().stream()
                    .map(chosen -> FeatureCatalog.parse(chosen.name()).orElseThrow(
                            () -> new RunFailure("unknown feature " + chosen.name())))
                    .toList();
            Instant asOf = Instant.now();
            heartbeat.report(0.01, "loading the population");
            Population population = jdbc.inTransaction(connection -> populations.load(connection, features, asOf,
                    segmentation.excludeFlaggedResponses(), heartbeat::stopRequested));
            counts = population.counts();
            heartbeat.checkCancelled();
            Clustering clustering = clusterer.cluster(population, new RunClusterer.Request(segmentation.features(),
                    run.algorithm(), run.kMin(), run.kMax(), run.restarts(), run.seed(), segmentation.minSegmentShare(),
                    config.runs().silhouetteSampleSize(), config.runs().stabilityReplicates()), heartbeat);
            heartbeat.report(0.9, "profiling and storing segments");
            RunModel model = new RunModel(segmentation.features(), clustering.means(), clustering.standardDeviations(),
                    clustering.centroids(), segmentation.excludeFlaggedResponses(), asOf);
            RunReport report = new RunReport(population(counts), clustering.candidates(), clustering.recommendedK(),
                    clustering.rule(), clustering.stability(), clustering.warnings(), elapsed(started));
            boolean stored = jdbc.inTransaction(connection -> writer.succeeded(connection, run.id(), run.segmentationId(),
                    worker, population, clustering, model, report));
            if (!stored) {
                LOG.warnf("run %s was taken over by another worker; its result here is dropped", run.id());
            }
            outcome = stored ? "succeeded" : "taken-over";
        } catch (CancellationException e) {
            outcome = heartbeat.lost() ? "taken-over" : "cancelled";
            end(run, heartbeat, RunState.CANCELLED, "cancelled while " + heartbeat.step(), counts, List.of(), started);
        } catch (RunFailure e) {
            end(run, heartbeat, RunState.FAILED, e.getMessage(), counts, e.candidates(), started);
        } catch (io.motiv.segmentation.features.model.FeatureVectors.InvalidFeatureException e) {
            end(run, heartbeat, RunState.FAILED, e.getMessage(), counts, List.of(), started);
        } catch (RuntimeException | OutOfMemoryError e) {
            LOG.errorf(e, "run %s failed unexpectedly", run.id());
            end(run, heartbeat, RunState.FAILED, "an internal error stopped the run (" + e.getClass().getSimpleName()
                    + "); see the service log", counts, List.of(), started);
        } finally {
            beating.cancel(false);
            record(run, outcome, started);
        }
    }

    /** {@code motiv_segmentation_run_duration_seconds{algorithm, outcome}}: succeeded, failed, cancelled, taken-over. */
    private void record(SegmentationRun run, String outcome, long started) {
        Timer.builder("motiv.segmentation.run.duration")
                .description("Segmentation runs executed by this replica, from claim to result")
                .tag("algorithm", String.valueOf(run.algorithm()))
                .tag("outcome", outcome)
                .register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }

    private void end(SegmentationRun run, Heartbeat heartbeat, RunState status, String reason, Population.Counts counts,
                     List<RunReport.Candidate> candidates, long started) {
        if (heartbeat.lost()) {
            return;
        }
        RunReport report = counts == null ? null
                : new RunReport(population(counts), candidates, null, null, null, List.of(), elapsed(started));
        jdbc.inTransaction(connection -> {
            writer.ended(connection, run.id(), run.segmentationId(), status, reason, report);
            return null;
        });
    }

    private static RunReport.PopulationCounts population(Population.Counts counts) {
        return new RunReport.PopulationCounts(counts.known(), counts.withoutConsent(), counts.missingFeatures(),
                counts.flaggedResponses(), counts.included());
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String workerName() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("local");
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Progress out, cancellation in: written and read by the heartbeat thread, checked by the worker. */
    private final class Heartbeat implements Runnable, RunProgress {
        private final UUID runId;
        private volatile double progress;
        private volatile String step = "starting";
        private volatile boolean cancelRequested;
        private volatile boolean lost;

        Heartbeat(UUID runId) {
            this.runId = runId;
        }

        @Override
        public void run() {
            try {
                Optional<Boolean> cancel = jdbc.inTransaction(connection -> runs.heartbeat(connection, runId, worker,
                        progress, step));
                if (cancel.isEmpty()) {
                    lost = true;
                } else if (cancel.get()) {
                    cancelRequested = true;
                }
            } catch (RuntimeException e) {
                LOG.debugf("heartbeat of run %s failed: %s", runId, e.getMessage());
            }
        }

        @Override
        public void report(double fraction, String currentStep) {
            progress = fraction;
            step = currentStep;
        }

        @Override
        public void checkCancelled() {
            if (stopRequested()) {
                throw new CancellationException(lost ? "taken over by another worker" : "cancelled");
            }
        }

        boolean stopRequested() {
            return cancelRequested || lost;
        }

        boolean lost() {
            return lost;
        }

        String step() {
            return step;
        }
    }
}
