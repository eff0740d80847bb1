package io.motiv.segmentation.run.api.graphql;

import io.motiv.segmentation.run.Algorithm;
import io.motiv.segmentation.run.RunReport;
import io.motiv.segmentation.run.RunState;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

@Name("SegmentationRun")
@Description("A fit of a segmentation: an asynchronous job (QUEUED -> RUNNING -> SUCCEEDED | FAILED | CANCELLED) and,"
        + " once it succeeded, its report and segments.")
public record SegmentationRunView(
        @Id @NonNull String id,
        @Id @NonNull String segmentationId,
        @NonNull RunState status,
        @NonNull Algorithm algorithm,
        int kMin,
        int kMax,
        int restarts,
        @Description("The seed; the same data and seed give the same segments.") @NonNull String seed,
        @Description("0..1") double progress,
        @Description("What the run is doing now, or how it ended.") String step,
        @Description("Why the run failed or was cancelled.") String reason,
        boolean cancelRequested,
        @Description("The number of segments of the chosen solution; null until the run succeeded.") Integer k,
        @Description("Who was clustered, per-k diagnostics, the rule that chose k, and stability.") RunReport report,
        @NonNull Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {
}
