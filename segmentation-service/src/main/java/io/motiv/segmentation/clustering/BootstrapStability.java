package io.motiv.segmentation.clustering;

import java.util.SplittableRandom;

/**
 * Bootstrap stability of a k-means clustering, in the spirit of Hennig (2007, "Cluster-wise assessment of cluster
 * stability", Computational Statistics &amp; Data Analysis 52, 258-271) but scored per clustering with the adjusted
 * Rand index ({@link AdjustedRandIndex}, Hubert &amp; Arabie 1985). A segmentation that reflects structure in the
 * population comes back when the population is resampled; one that is an artefact of the particular sample does not.
 *
 * <p>Procedure, for each replicate b = 1..B:
 * <ol>
 * <li>draw n row indices uniformly with replacement;</li>
 * <li>fit k-means on those n rows (duplicates included, as the bootstrap prescribes) with the given options;</li>
 * <li>take the distinct drawn rows (about 63% of n), and compute the ARI between the bootstrap fit's labels and the
 * reference labels on them. Distinct rows, because a row drawn twice lands in the same cluster in both labellings
 * by construction, and those pairs would inflate the agreement.</li>
 * </ol>
 * The report gives the mean, sample standard deviation, minimum and maximum of the B indices. A mean near 1 is a
 * stable segmentation; Hennig reads values below about 0.6 (for his Jaccard measure) as dissolved clusters.
 *
 * <p>Seeds: replicate b (from 0) uses {@code new SplittableRandom(s_b)} where s_b is the (b+1)-th {@code nextLong()}
 * of {@code new SplittableRandom(seed)}; from it, n {@code nextInt(n)} draws give the rows and one further
 * {@code nextLong()} the k-means seed of the replicate.
 */
public final class BootstrapStability {

    private final KMeansEngine engine;

    public BootstrapStability(KMeansEngine engine) {
        if (engine == null) {
            throw new IllegalArgumentException("k-means engine is missing");
        }
        this.engine = engine;
    }

    /**
     * @param data the rows that were clustered
     * @param referenceLabels the clustering to assess, one label per row
     * @param options k-means options for the refits (k, restarts, ...); their seed is replaced per replicate
     * @param replicates B, at least 1
     * @param seed the master seed
     * @throws IllegalArgumentException for bad arguments, or when a resample has fewer than k distinct rows (too
     *     little data for this k)
     */
    public StabilityReport assess(FeatureMatrix data, int[] referenceLabels, KMeansOptions options, int replicates,
                                  long seed) {
        if (data == null || options == null) {
            throw new IllegalArgumentException("data and k-means options are required");
        }
        if (referenceLabels == null || referenceLabels.length != data.rows()) {
            throw new IllegalArgumentException("need one reference label per row: " + data.rows() + " rows, "
                    + (referenceLabels == null ? 0 : referenceLabels.length) + " labels");
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be at least 1, got " + replicates);
        }
        int n = data.rows();
        SplittableRandom master = new SplittableRandom(seed);
        double[] indices = new double[replicates];
        for (int b = 0; b < replicates; b++) {
            SplittableRandom random = new SplittableRandom(master.nextLong());
            int[] drawn = new int[n];
            boolean[] seen = new boolean[n];
            int distinct = 0;
            for (int i = 0; i < n; i++) {
                drawn[i] = random.nextInt(n);
                if (!seen[drawn[i]]) {
                    seen[drawn[i]] = true;
                    distinct++;
                }
            }
            KMeansResult fit = engine.fit(data.selectRows(drawn), options.withSeed(random.nextLong()));
            int[] bootstrapLabels = new int[distinct];
            int[] reference = new int[distinct];
            int next = 0;
            for (int i = 0; i < n; i++) {
                int row = drawn[i];
                if (seen[row]) {
                    seen[row] = false; // first occurrence only
                    bootstrapLabels[next] = fit.label(i);
                    reference[next] = referenceLabels[row];
                    next++;
                }
            }
            indices[b] = AdjustedRandIndex.between(bootstrapLabels, reference);
        }
        return summarise(indices);
    }

    private static StabilityReport summarise(double[] indices) {
        double sum = 0;
        double minimum = Double.POSITIVE_INFINITY;
        double maximum = Double.NEGATIVE_INFINITY;
        for (double index : indices) {
            sum += index;
            minimum = Math.min(minimum, index);
            maximum = Math.max(maximum, index);
        }
        double mean = sum / indices.length;
        double squares = 0;
        for (double index : indices) {
            squares += (index - mean) * (index - mean);
        }
        double sd = indices.length > 1 ? Math.sqrt(squares / (indices.length - 1)) : 0.0;
        return new StabilityReport(indices.length, mean, sd, minimum, maximum, indices);
    }
}
