package io.motiv.segmentation.clustering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.function.IntConsumer;

/**
 * Fits k-means for every k in a range and recommends one.
 *
 * <p>Per k: the k-means fit (restarts, seed as given), its inertia, the mean silhouette on a sample
 * ({@link Silhouette}; the same rows for every k), Calinski-Harabasz and Davies-Bouldin (on all rows), and the
 * share of the smallest cluster.
 *
 * <p><b>Rule.</b> Among the k that pass the guardrail, recommend the one with the highest mean silhouette; when two
 * are within {@value #TIE} of each other, the higher Calinski-Harabasz index wins, then the smaller k. The
 * silhouette leads because it is bounded, comparable across k and does not drift with k the way inertia does;
 * Calinski-Harabasz (on every row, not a sample) settles near-ties. Davies-Bouldin is reported but does not vote.
 *
 * <p><b>Guardrail.</b> A k whose smallest cluster holds less than {@link KSelectionOptions#minSegmentShare()} of the
 * rows (3% by default) is not recommended, whatever its scores: a tiny segment is usually outliers, not a market,
 * and too small to act on. The report says which k were excluded and why; if none remains, nothing is recommended.
 */
public final class KSelection {

    /** Silhouettes closer than this count as a tie. */
    static final double TIE = 1e-9;

    private final KMeansEngine engine;

    public KSelection(KMeansEngine engine) {
        if (engine == null) {
            throw new IllegalArgumentException("k-means engine is missing");
        }
        this.engine = engine;
    }

    /**
     * @throws IllegalArgumentException when maxK exceeds the number of rows or of distinct rows
     */
    public KSelectionReport select(FeatureMatrix data, KSelectionOptions options) {
        return select(data, options, k -> {
        }, KMeansListener.NONE);
    }

    /**
     * As {@link #select(FeatureMatrix, KSelectionOptions)}, telling {@code beforeK} which k is about to be fitted and
     * {@code listener} about every iteration (for progress; an exception thrown by either aborts the selection).
     */
    public KSelectionReport select(FeatureMatrix data, KSelectionOptions options, IntConsumer beforeK,
                                   KMeansListener listener) {
        if (data == null || options == null) {
            throw new IllegalArgumentException("data and k-selection options are required");
        }
        if (options.maxK() >= data.rows()) {
            throw new IllegalArgumentException("maxK = " + options.maxK() + " needs more than " + options.maxK()
                    + " rows (the scores need k <= n - 1); the data has " + data.rows());
        }
        List<KCandidate> candidates = new ArrayList<>();
        for (int k = options.minK(); k <= options.maxK(); k++) {
            beforeK.accept(k);
            KMeansResult fit = engine.fit(data, options.kMeansOptions(k), listener);
            int[] labels = fit.labels();
            double share = fit.smallestClusterShare();
            boolean eligible = share >= options.minSegmentShare();
            String exclusion = eligible ? "" : String.format(Locale.ROOT,
                    "smallest segment holds %.1f%% of the rows, below the minimum share of %.1f%%", 100 * share,
                    100 * options.minSegmentShare());
            candidates.add(new KCandidate(k, fit,
                    Silhouette.score(data, labels, options.silhouetteSampleSize(), options.seed()),
                    CalinskiHarabasz.score(data, labels), DaviesBouldin.score(data, labels), share, eligible,
                    exclusion));
        }
        return recommend(candidates, options);
    }

    private static KSelectionReport recommend(List<KCandidate> candidates, KSelectionOptions options) {
        KCandidate best = null;
        for (KCandidate candidate : candidates) {
            if (candidate.eligible() && (best == null || better(candidate, best))) {
                best = candidate;
            }
        }
        List<String> excluded = candidates.stream().filter(candidate -> !candidate.eligible())
                .map(candidate -> "k = " + candidate.k() + " (" + candidate.exclusion() + ")").toList();
        String exclusions = excluded.isEmpty() ? "" : " Excluded: " + String.join("; ", excluded) + ".";
        if (best == null) {
            return new KSelectionReport(candidates, OptionalInt.empty(), String.format(Locale.ROOT,
                    "No k in %d..%d is recommended: every one has a segment below the minimum share of %.1f%%.%s",
                    options.minK(), options.maxK(), 100 * options.minSegmentShare(), exclusions));
        }
        Silhouette.Score silhouette = best.silhouette();
        String explanation = String.format(Locale.ROOT,
                "k = %d has the highest mean silhouette (%.4f, %s) among the k in %d..%d whose smallest segment holds"
                        + " at least %.1f%% of the rows (ties within %.0e broken by the higher Calinski-Harabasz index,"
                        + " then the smaller k).%s",
                best.k(), silhouette.mean(),
                silhouette.exact() ? "exact" : "on a sample of " + silhouette.rows() + " rows",
                options.minK(), options.maxK(), 100 * options.minSegmentShare(), TIE, exclusions);
        return new KSelectionReport(candidates, OptionalInt.of(best.k()), explanation);
    }

    private static boolean better(KCandidate candidate, KCandidate best) {
        double difference = candidate.silhouette().mean() - best.silhouette().mean();
        if (Math.abs(difference) > TIE) {
            return difference > 0;
        }
        return candidate.calinskiHarabasz() > best.calinskiHarabasz(); // equal CH: the earlier, smaller k stays
    }
}
