package io.motiv.segmentation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

@ConfigMapping(prefix = "motiv.segmentation")
public interface SegmentationConfig {

    Runs runs();

    interface Runs {
        /** Run jobs on this replica; off for a replica that should only serve the API. */
        @WithDefault("true")
        boolean workerEnabled();

        /** How often an idle worker looks for a queued run. */
        @WithDefault("1s")
        Duration pollInterval();

        /** How often a running job records its progress and checks for cancellation. */
        @WithDefault("2s")
        Duration heartbeatInterval();

        /** A RUNNING run whose worker has not reported for this long is queued again (its worker died). */
        @WithDefault("60s")
        Duration staleAfter();

        /** A run whose worker died this many times fails instead of being queued again. */
        @WithDefault("3")
        int maxAttempts();

        /** The largest k a run may ask for. */
        @WithDefault("30")
        int maxK();

        /** Rows the silhouette is computed on (a seeded sample when the population is larger). */
        @WithDefault("5000")
        int silhouetteSampleSize();

        /** Bootstrap replicates for the stability of the chosen solution (0 skips it). */
        @WithDefault("5")
        int stabilityReplicates();
    }
}
