package io.motiv.segmentation.run.api.graphql;

import io.motiv.segmentation.run.SegmentationRun;
import io.motiv.segmentation.run.service.StartRun;
import io.motiv.service.api.ValidationException;

final class RunMapper {

    private RunMapper() {
    }

    static SegmentationRunView toView(SegmentationRun run) {
        return run == null ? null : new SegmentationRunView(run.id().toString(), run.segmentationId().toString(),
                run.status(), run.algorithm(), run.kMin(), run.kMax(), run.restarts(), Long.toString(run.seed()),
                run.progress(), run.step(), run.reason(), run.cancelRequested(), run.k(), run.report(), run.createdAt(),
                run.startedAt(), run.finishedAt());
    }

    static StartRun toCommand(StartSegmentationRunInput input) {
        Long seed = null;
        if (input.seed() != null) {
            try {
                seed = Long.parseLong(input.seed().strip());
            } catch (NumberFormatException e) {
                throw new ValidationException("seed", "must be a decimal integer");
            }
        }
        return new StartRun(input.segmentationId(), input.k(), input.kMin(), input.kMax(), input.algorithm(),
                input.restarts(), seed);
    }
}
