package io.motiv.survey.instrument.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("Instrument")
@Description("A values instrument: items keyed to value dimensions, and a rating scale.")
public record InstrumentView(
        @Id @NonNull String id,
        @NonNull String code,
        int version,
        @Description("code@version, as responses and events name it") @NonNull String reference,
        @NonNull String name,
        @NonNull RatingScaleView scale,
        @Description("The dimensions it scores: Schwartz values (UPPER_SNAKE) and its own (lower case)") @NonNull List<@NonNull String> dimensions,
        @NonNull List<@NonNull InstrumentItemView> items,
        boolean builtIn,
        @Description("Used by a published survey: changes need a new version") boolean frozen) {

    @Name("RatingScale")
    public record RatingScaleView(int min, int max,
                                  @Description("True when the lowest rating means 'very much like me' (as in ESS data); scores are reported with higher = more important either way")
                                  boolean minMeansVeryMuchLikeMe,
                                  @NonNull List<@NonNull LabelsView> labels) {
    }

    @Name("ScaleLabels")
    public record LabelsView(@NonNull String locale, @NonNull List<@NonNull String> labels) {
    }

    @Name("InstrumentItem")
    public record InstrumentItemView(@NonNull String code, int position, @NonNull String dimension, boolean reverseCoded,
                                     @NonNull List<@NonNull LocalizedText> texts) {
    }

    @Name("LocalizedText")
    public record LocalizedText(@NonNull String locale, @NonNull String text) {
    }
}
