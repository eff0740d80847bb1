package io.motiv.segmentation;

import io.motiv.segmentation.features.model.FeatureWeight;
import io.motiv.segmentation.run.RunModel;
import io.motiv.segmentation.run.RunReport;
import io.motiv.segmentation.segment.SegmentProfile;
import io.motiv.segmentation.segmentation.repository.SegmentationRepository.FeatureList;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The records {@code Jdbc.toJson}/{@code fromJson} keep in JSONB columns (a segmentation's features, a run's report
 * and model, a segment's profile), for a native executable: Jackson maps them by reflection and Quarkus registers
 * only what its extensions see (some are GraphQL types too, {@code RunModel} and {@code FeatureList} are not).
 * {@code NativeReflectionTest} fails when a record inside them is missing. Smile needs nothing here: it is called
 * directly, without reflection (its LAPACK binding is another matter, see docs/operations.md).
 */
@RegisterForReflection(targets = {
        FeatureList.class, FeatureWeight.class,
        RunModel.class,
        RunReport.class, RunReport.PopulationCounts.class, RunReport.Candidate.class, RunReport.Stability.class,
        SegmentProfile.class, SegmentProfile.FeatureValue.class, SegmentProfile.Deviation.class,
        SegmentProfile.Behaviour.class, SegmentProfile.AttributeMix.class, SegmentProfile.CategoryShare.class})
final class NativeReflection {

    private NativeReflection() {
    }
}
