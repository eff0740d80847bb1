import io.motiv.segmentation.clustering.FeatureMatrix;
import io.motiv.segmentation.clustering.KMeansEngine;
import io.motiv.segmentation.clustering.KMeansOptions;
import io.motiv.segmentation.clustering.KMeansResult;

import java.io.DataOutputStream;
import java.io.FileOutputStream;
import java.io.BufferedOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;

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
        double[] values = blobs(n, d, k, seed);
        write(values, args[4]);

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

    /** k centres uniform in [-3, 3]^d, unit-variance noise: overlapping blobs, about as hard as real values data. */
    static double[] blobs(int n, int d, int k, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] centres = new double[k][d];
        for (double[] centre : centres) {
            for (int j = 0; j < d; j++) {
                centre[j] = random.nextDouble(-3, 3);
            }
        }
        double[] values = new double[n * d];
        for (int i = 0; i < n; i++) {
            double[] centre = centres[random.nextInt(k)];
            for (int j = 0; j < d; j++) {
                double u = 1 - random.nextDouble();
                double v = random.nextDouble();
                values[i * d + j] = centre[j] + Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
            }
        }
        return values;
    }

    static void write(double[] values, String file) throws Exception {
        ByteBuffer buffer = ByteBuffer.allocate(8 * 65536).order(ByteOrder.LITTLE_ENDIAN);
        try (var out = new BufferedOutputStream(new FileOutputStream(file), 1 << 20)) {
            for (double value : values) {
                if (!buffer.hasRemaining()) {
                    out.write(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                buffer.putDouble(value);
            }
            out.write(buffer.array(), 0, buffer.position());
        }
    }

    static long usedMb() {
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}
