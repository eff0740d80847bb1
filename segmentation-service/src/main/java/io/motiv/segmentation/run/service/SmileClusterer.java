package io.motiv.segmentation.run.service;

import io.motiv.segmentation.clustering.CalinskiHarabasz;
import io.motiv.segmentation.clustering.DaviesBouldin;
import io.motiv.segmentation.clustering.FeatureMatrix;
import io.motiv.segmentation.clustering.Silhouette;
import io.motiv.segmentation.clustering.Standardizer;
import io.motiv.segmentation.run.RunReport;
import smile.clustering.GMeans;
import smile.clustering.XMeans;
import smile.math.MathEx;
import smile.stat.distribution.MultivariateGaussianMixture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The algorithms Smile makes cheap: X-means and G-means choose k themselves (up to kMax); a Gaussian mixture
 * (diagonal covariances, expectation-maximisation) is fitted per k and the lowest BIC wins. Smile draws from its
 * global generator, seeded here with the run's seed, so runs are serialised through this class.
 */
final class SmileClusterer {

    private static final int MAX_ITERATIONS = 100;
    private static final int MAX_MIXTURE_STARTS = 5;
    private static final Object SMILE_RANDOM = new Object();

    Clustering cluster(FeatureMatrix data, Standardizer standardizer, RunClusterer.Request request, RunProgress progress) {
        synchronized (SMILE_RANDOM) {
            MathEx.setSeed(request.seed());
            double[][] rows = data.toRows();
            return switch (request.algorithm()) {
                case X_MEANS -> automaticK(data, rows, standardizer, request, progress, "X-means",
                        XMeans.fit(rows, new smile.clustering.Clustering.Options(request.kMax(), MAX_ITERATIONS)).group());
                case G_MEANS -> automaticK(data, rows, standardizer, request, progress, "G-means",
                        GMeans.fit(rows, new smile.clustering.Clustering.Options(request.kMax(), MAX_ITERATIONS)).group());
                case GAUSSIAN_MIXTURE -> mixture(data, rows, standardizer, request, progress);
                case K_MEANS -> throw new IllegalStateException("k-means runs on Motiv's own engine");
            };
        }
    }

    private Clustering automaticK(FeatureMatrix data, double[][] rows, Standardizer standardizer,
                                          RunClusterer.Request request, RunProgress progress, String method, int[] groups) {
        progress.checkCancelled();
        int[] labels = dense(groups);
        int k = max(labels) + 1;
        List<String> warnings = new ArrayList<>();
        if (k < request.kMin()) {
            throw new RunFailure(String.format(Locale.ROOT, "%s found %d segment(s), fewer than kMin = %d: the data"
                    + " shows no more structure than that", method, k, request.kMin()));
        }
        double[][] centroids = centroids(rows, labels, k);
        RunReport.Candidate candidate = diagnostics(data, labels, k, null, request);
        if (!candidate.eligible()) {
            warnings.add("k = " + k + ": " + candidate.exclusion());
        }
        String rule = String.format(Locale.ROOT, "%s chose k = %d (searched up to kMax = %d)", method, k, request.kMax());
        progress.report(0.85, "profiling");
        return new Clustering(k, labels, RunClusterer.distances(data, labels, centroids), centroids, standardizer.means(),
                standardizer.standardDeviations(), List.of(candidate), k, rule, null, warnings);
    }

    // Smile fits the covariances with LAPACK through the Java FFM API and loads libopenblas.so on first use: without
    // it the JVM raises a LinkageError, which would otherwise surface as an unexplained failure of the run.
    private static MultivariateGaussianMixture fitMixture(int k, double[][] rows) {
        try {
            return MultivariateGaussianMixture.fit(k, rows, true);
        } catch (LinkageError e) {
            throw new RunFailure("GAUSSIAN_MIXTURE needs the OpenBLAS library (libopenblas.so; Debian: libopenblas-dev)"
                    + " on the segmentation-service's machine and it could not be loaded; install it, or use K_MEANS,"
                    + " X_MEANS or G_MEANS");
        }
    }

    private Clustering mixture(FeatureMatrix data, double[][] rows, Standardizer standardizer,
                                       RunClusterer.Request request, RunProgress progress) {
        int ks = request.kMax() - request.kMin() + 1;
        List<RunReport.Candidate> candidates = new ArrayList<>();
        int[] bestLabels = null;
        int bestK = 0;
        double bestBic = Double.NEGATIVE_INFINITY;
        for (int k = request.kMin(); k <= request.kMax(); k++) {
            progress.checkCancelled();
            progress.report(0.1 + 0.7 * (k - request.kMin()) / ks, "fitting a " + k + "-component mixture");
            // EM finds local optima (two blobs merged, another split): keep the best of several starts.
            MultivariateGaussianMixture fit = null;
            for (int start = 0; start < Math.min(request.restarts(), MAX_MIXTURE_STARTS); start++) {
                progress.checkCancelled();
                MultivariateGaussianMixture candidate = fitMixture(k, rows);
                if (fit == null || candidate.bic > fit.bic) {
                    fit = candidate;
                }
            }
            int[] labels = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                labels[i] = fit.map(rows[i]);
            }
            labels = dense(labels);
            int found = max(labels) + 1;
            // Smile's BIC is "larger is better" (log-likelihood minus the penalty).
            RunReport.Candidate candidate = diagnostics(data, labels, k, fit.bic, request);
            candidates.add(candidate);
            if (found == k && candidate.eligible() && fit.bic > bestBic) {
                bestBic = fit.bic;
                bestLabels = labels;
                bestK = k;
            }
        }
        if (bestLabels == null) {
            throw new RunFailure(String.format(Locale.ROOT, "no mixture with k in %d..%d gives every segment at least"
                    + " %.1f%% of the customers", request.kMin(), request.kMax(), 100 * request.minSegmentShare()));
        }
        double[][] centroids = centroids(rows, bestLabels, bestK);
        String rule = String.format(Locale.ROOT, "k = %d has the best BIC (%.1f, Smile's sign: higher is better) among"
                + " the mixtures with k in %d..%d whose smallest segment holds at least %.1f%%", bestK, bestBic,
                request.kMin(), request.kMax(), 100 * request.minSegmentShare());
        return new Clustering(bestK, bestLabels, RunClusterer.distances(data, bestLabels, centroids), centroids,
                standardizer.means(), standardizer.standardDeviations(), candidates, bestK, rule, null, List.of());
    }

    private static RunReport.Candidate diagnostics(FeatureMatrix data, int[] labels, int k, Double bic,
                                                   RunClusterer.Request request) {
        int[] sizes = new int[k];
        for (int label : labels) {
            sizes[label]++;
        }
        int smallest = Integer.MAX_VALUE;
        for (int size : sizes) {
            smallest = Math.min(smallest, size);
        }
        double share = (double) smallest / labels.length;
        boolean eligible = share >= request.minSegmentShare();
        boolean several = max(labels) >= 1;
        Silhouette.Score silhouette = several ? Silhouette.score(data, labels, request.silhouetteSampleSize(), request.seed()) : null;
        double[][] centroids = centroids(data.toRows(), labels, k);
        double inertia = 0;
        for (int i = 0; i < labels.length; i++) {
            inertia += squared(data.row(i), centroids[labels[i]]);
        }
        return new RunReport.Candidate(k, inertia, silhouette == null ? null : silhouette.mean(),
                silhouette == null ? null : silhouette.rows(),
                several ? CalinskiHarabasz.score(data, labels) : null, several ? DaviesBouldin.score(data, labels) : null,
                bic, share, eligible, eligible ? null : String.format(Locale.ROOT,
                "smallest segment holds %.1f%% of the customers, below the minimum share of %.1f%%", 100 * share,
                100 * request.minSegmentShare()));
    }

    private static double squared(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double difference = a[j] - b[j];
            sum += difference * difference;
        }
        return sum;
    }

    static double[][] centroids(double[][] rows, int[] labels, int k) {
        int d = rows[0].length;
        double[][] centroids = new double[k][d];
        int[] counts = new int[k];
        for (int i = 0; i < rows.length; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < d; j++) {
                centroids[labels[i]][j] += rows[i][j];
            }
        }
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < d; j++) {
                centroids[c][j] /= Math.max(1, counts[c]);
            }
        }
        return centroids;
    }

    /** Labels renumbered 0..k-1 in order of first appearance, so empty components leave no gaps. */
    static int[] dense(int[] labels) {
        java.util.Map<Integer, Integer> ids = new java.util.HashMap<>();
        int[] dense = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            dense[i] = ids.computeIfAbsent(labels[i], label -> ids.size());
        }
        return dense;
    }

    private static int max(int[] labels) {
        int max = -1;
        for (int label : labels) {
            max = Math.max(max, label);
        }
        return max;
    }

}
