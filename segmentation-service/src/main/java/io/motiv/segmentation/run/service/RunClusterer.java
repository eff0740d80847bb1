package io.motiv.segmentation.run.service;

import io.motiv.segmentation.clustering.BootstrapStability;
import io.motiv.segmentation.clustering.FeatureMatrix;
import io.motiv.segmentation.clustering.KCandidate;
import io.motiv.segmentation.clustering.KMeansEngine;
import io.motiv.segmentation.clustering.KMeansListener;
import io.motiv.segmentation.clustering.KMeansResult;
import io.motiv.segmentation.clustering.KSelection;
import io.motiv.segmentation.clustering.KSelectionOptions;
import io.motiv.segmentation.clustering.KSelectionReport;
import io.motiv.segmentation.clustering.StabilityReport;
import io.motiv.segmentation.clustering.Standardizer;
import io.motiv.segmentation.features.model.FeatureWeight;
import io.motiv.segmentation.features.model.Population;
import io.motiv.segmentation.run.Algorithm;
import io.motiv.segmentation.run.RunReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a population into segments: z-scores over the run's population, feature weights, then the algorithm over
 * a k or a k range with model selection, and the bootstrap stability of the chosen solution. Plain Java, no Quarkus,
 * deterministic for a seed.
 */
public final class RunClusterer {

    /** The run's parameters that shape the clustering. */
    public record Request(List<FeatureWeight> features, Algorithm algorithm, int kMin, int kMax, int restarts,
                          long seed, double minSegmentShare, int silhouetteSampleSize, int stabilityReplicates) {
    }

    /** Rows the bootstrap resamples at most (see kMeans). */
    static final int STABILITY_MAX_ROWS = 100_000;

    private final KMeansEngine engine = new KMeansEngine();

    public Clustering cluster(Population population, Request request, RunProgress progress) {
        int n = population.rows();
        if (n == 0) {
            throw new RunFailure("no customer can be segmented: " + describe(population.counts()));
        }
        if (request.kMax() >= n) {
            throw new RunFailure(String.format(Locale.ROOT,
                    "k = %d needs more than %d customers, but only %d can be segmented (%s)", request.kMax(),
                    request.kMax(), n, describe(population.counts())));
        }
        FeatureMatrix raw = FeatureMatrix.wrap(n, population.columns(), population.values());
        Standardizer standardizer = Standardizer.fit(raw);
        List<String> names = request.features().stream().map(FeatureWeight::name).toList();
        try {
            standardizer.requireNoConstantColumns(names);
        } catch (IllegalArgumentException e) {
            throw new RunFailure(e.getMessage());
        }
        // In place: the run's memory stays at one copy of the matrix (the raw values are not needed again;
        // centroids go back to original units through the model's means and standard deviations).
        double[] values = population.values();
        double[] means = standardizer.means();
        double[] deviations = standardizer.standardDeviations();
        int d = population.columns();
        double[] weights = request.features().stream().mapToDouble(FeatureWeight::weight).toArray();
        for (int i = 0; i < values.length; i++) {
            int j = i % d;
            values[i] = (deviations[j] > 0 ? (values[i] - means[j]) / deviations[j] : 0) * weights[j];
        }
        FeatureMatrix data = raw;
        progress.report(0.1, "clustering");
        try {
            return switch (request.algorithm()) {
                case K_MEANS -> kMeans(data, standardizer, request, progress);
                case GAUSSIAN_MIXTURE, X_MEANS, G_MEANS -> new SmileClusterer().cluster(data, standardizer, request, progress);
            };
        } catch (IllegalArgumentException e) {
            throw new RunFailure(e.getMessage());
        }
    }

    private Clustering kMeans(FeatureMatrix data, Standardizer standardizer, Request request, RunProgress progress) {
        int ks = request.kMax() - request.kMin() + 1;
        KSelectionOptions options = KSelectionOptions.of(request.kMin(), request.kMax(), request.seed())
                .withRestarts(request.restarts())
                .withSilhouetteSampleSize(request.silhouetteSampleSize())
                .withMinSegmentShare(request.minSegmentShare());
        KMeansListener cancellable = (restart, iteration, inertia, reassigned) -> progress.checkCancelled();
        KSelectionReport selection = new KSelection(engine).select(data, options, k -> {
            progress.checkCancelled();
            progress.report(0.1 + 0.7 * (k - request.kMin()) / ks, "fitting k = " + k);
        }, cancellable);
        List<String> warnings = new ArrayList<>();
        KCandidate chosen;
        if (ks == 1) {
            chosen = selection.candidates().getFirst();
            if (!chosen.eligible()) {
                warnings.add("k = " + chosen.k() + ": " + chosen.exclusion());
            }
        } else {
            chosen = selection.recommended().orElseThrow(() -> new RunFailure(selection.explanation(),
                    candidates(selection)));
        }
        KMeansResult fit = chosen.fit();
        if (!fit.converged()) {
            warnings.add("k-means stopped at the iteration limit before converging");
        }
        RunReport.Stability stability = null;
        if (request.stabilityReplicates() > 0) {
            progress.report(0.8, "bootstrap stability");
            // Each replicate resamples the rows (a copy); above STABILITY_MAX_ROWS a seeded sample stands in for the
            // population, so a run stays near one copy of its matrix (a million rows would need a second one).
            FeatureMatrix sample = data;
            int[] labels = fit.labels();
            if (data.rows() > STABILITY_MAX_ROWS) {
                int[] rows = new java.util.SplittableRandom(request.seed()).ints(0, data.rows()).distinct()
                        .limit(STABILITY_MAX_ROWS).sorted().toArray();
                sample = data.selectRows(rows);
                labels = new int[rows.length];
                int[] all = fit.labels();
                for (int i = 0; i < rows.length; i++) {
                    labels[i] = all[rows[i]];
                }
            }
            StabilityReport report = new BootstrapStability(engine).assess(sample, labels,
                    options.kMeansOptions(chosen.k()).withRestarts(Math.min(3, request.restarts())),
                    request.stabilityReplicates(), request.seed());
            stability = new RunReport.Stability(report.replicates(), report.meanAri(), report.standardDeviation(),
                    report.minimumAri(), sample.rows());
        }
        progress.checkCancelled();
        List<RunReport.Candidate> candidates = candidates(selection);
        String rule = ks == 1 ? "k = " + chosen.k() + " was asked for" : selection.explanation();
        return new Clustering(chosen.k(), fit.labels(), distances(data, fit.labels(), fit.centroids()), fit.centroids(),
                standardizer.means(), standardizer.standardDeviations(), candidates,
                selection.recommendedK().isPresent() ? selection.recommendedK().getAsInt() : null, rule, stability,
                warnings);
    }

    private static List<RunReport.Candidate> candidates(KSelectionReport selection) {
        return selection.candidates().stream().map(candidate -> new RunReport.Candidate(
                candidate.k(), candidate.inertia(), candidate.silhouette().mean(), candidate.silhouette().rows(),
                candidate.calinskiHarabasz(), candidate.daviesBouldin(), null, candidate.smallestSegmentShare(),
                candidate.eligible(), candidate.exclusion().isEmpty() ? null : candidate.exclusion())).toList();
    }

    static float[] distances(FeatureMatrix data, int[] labels, double[][] centroids) {
        float[] distances = new float[data.rows()];
        int d = data.columns();
        for (int i = 0; i < data.rows(); i++) {
            double[] centroid = centroids[labels[i]];
            double sum = 0;
            for (int j = 0; j < d; j++) {
                double difference = data.get(i, j) - centroid[j];
                sum += difference * difference;
            }
            distances[i] = (float) Math.sqrt(sum);
        }
        return distances;
    }

    static String describe(Population.Counts counts) {
        return String.format(Locale.ROOT, "of %d customers known, %d lack PROFILING consent, %d lack a chosen feature,"
                        + " %d have a flagged values answer", counts.known(), counts.withoutConsent(),
                counts.missingFeatures(), counts.flaggedResponses());
    }
}
