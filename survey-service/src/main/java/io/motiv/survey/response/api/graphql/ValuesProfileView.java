package io.motiv.survey.response.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

@Name("ValuesProfile")
@Description("Scores of one response: higher = more important. Centred = raw minus MRAT (the respondent's mean rating).")
public record ValuesProfileView(
        @Description("code@version of the instrument") @NonNull String instrument,
        @NonNull Instant answeredAt,
        @Description("The respondent's mean rating over all answered items") double mrat,
        @Description("The ten values and the instrument's own dimensions") @NonNull List<@NonNull DimensionScore> values,
        @Description("Openness to change, self-enhancement, conservation, self-transcendence") @NonNull List<@NonNull DimensionScore> higherOrder,
        @NonNull QualityView quality) {

    @Name("DimensionScore")
    public record DimensionScore(@NonNull String dimension, double raw, double centred) {
    }

    @Name("ResponseQuality")
    public record QualityView(int answeredItems, int missingItems, boolean tooManyMissing, boolean straightLining,
                              boolean tooFast,
                              @Description("Flagged responses are stored but left out of segmentation and statistics by default") boolean flagged) {
    }
}
