package io.motiv.segmentation.clustering;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, not a pass/fail benchmark (JMH belongs in bench/): k-means on 200,000 x 16 with k = 8 and one
 * k-means++ start, on the caller's thread plus the common pool, and in a one-thread pool; the best of three runs of
 * each is printed (the machine is shared, so single runs are noisy). Smile is not a dependency of this module, so
 * there is no Smile comparison here; docs/clustering.md quotes the toolchain's.
 */
class KMeansTimingTest {

    private static final int RUNS = 3;

    @Test
    void shouldPrintHowLongTwoHundredThousandRowsTake() throws Exception {
        Blobs blobs = Blobs.generate(8, 25_000, 16, 3, 1.5, 2026);
        KMeansEngine engine = new KMeansEngine();
        KMeansOptions options = KMeansOptions.of(8, 1).withRestarts(1);
        engine.fit(blobs.data(), options.withSeed(0)); // warm-up: let the JIT compile the loops

        Timed parallel = best(() -> engine.fit(blobs.data(), options));
        ForkJoinPool single = new ForkJoinPool(1);
        Timed sequential;
        try {
            sequential = best(() -> single.submit(() -> engine.fit(blobs.data(), options)).join());
        } finally {
            single.shutdown();
            single.awaitTermination(10, TimeUnit.SECONDS);
        }

        System.out.printf(Locale.ROOT, "KMeansEngine 200000 x 16, k = 8, 1 start (best of %d), %d cores: %.0f ms"
                        + " parallel, %.0f ms on one thread; %d iterations, converged %s, ARI with truth %.4f%n",
                RUNS, Runtime.getRuntime().availableProcessors(), parallel.millis(), sequential.millis(),
                parallel.result().iterations(), parallel.result().converged(),
                AdjustedRandIndex.between(parallel.result().labels(), blobs.truth()));
        assertThat(sequential.result()).isEqualTo(parallel.result());
    }

    private static Timed best(Supplier<KMeansResult> fit) {
        Timed best = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            KMeansResult result = fit.get();
            double millis = (System.nanoTime() - start) / 1e6;
            if (best == null || millis < best.millis()) {
                best = new Timed(result, millis);
            }
        }
        return best;
    }

    private record Timed(KMeansResult result, double millis) {
    }
}
