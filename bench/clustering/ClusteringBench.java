package clustering;

import common.Blobs;
import io.motiv.segmentation.clustering.FeatureMatrix;
import io.motiv.segmentation.clustering.KMeansEngine;
import io.motiv.segmentation.clustering.KMeansOptions;
import io.motiv.segmentation.clustering.KMeansResult;


/**
 * k-means on n x d overlapping Gaussian blobs (k = 8, one k-means++ start each), Motiv's engine vs Smile's KMeans;
 * writes the data (little-endian doubles, row-major) for scikit-learn to read in the same run (bench/run clustering).
 * Prints one line per engine: wall seconds, iterations, inertia, heap used after the fit.
 *
 * Usage: java -cp ... ClusteringBench.java n d k seed dataFile
 */
public class ClusteringBench {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int d = Integer.parseInt(args[1]);
        int k = Integer.parseInt(args[2]);
        long seed = Long.parseLong(args[3]);
        double[] values = Blobs.generate(n, d, k, seed);
        Blobs.write(values, args[4]);

        FeatureMatrix data = FeatureMatrix.wrap(n, d, values);
        KMeansEngine engine = new KMeansEngine();
        engine.fit(FeatureMatrix.wrap(10_000, d, java.util.Arrays.copyOf(values, 10_000 * d)), KMeansOptions.of(k, seed).withRestarts(1));
        long start = System.nanoTime();
        KMeansResult motiv = engine.fit(data, KMeansOptions.of(k, seed).withRestarts(1));
        double motivSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("RESULT engine=motiv seconds=%.3f iterations=%d inertia=%.6e heap_mb=%d%n", motivSeconds,
                motiv.iterations(), motiv.inertia(), usedMb());

        double[][] rows = data.toRows();
        smile.math.MathEx.setSeed(seed);
        start = System.nanoTime();
        var smileFit = smile.clustering.KMeans.fit(rows, new smile.clustering.Clustering.Options(k, 300, 1e-4, null));
        double smileSeconds = (System.nanoTime() - start) / 1e9;
        // Smile reports the distortion per point (mean squared distance to the centre) and no iteration count.
        System.out.printf("RESULT engine=smile seconds=%.3f iterations=n/a inertia=%.6e heap_mb=%d%n", smileSeconds,
                smileFit.distortion() * n, usedMb());
    }

    static long usedMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
