package io.motiv.survey.instrument.api.graphql;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Input("DefineInstrumentInput")
public record DefineInstrumentInput(@NonNull String code, @NonNull String name, int scaleMin, int scaleMax,
                                    @DefaultValue("false") boolean minMeansVeryMuchLikeMe,
                                    List<ScaleLabelsInput> scaleLabels,
                                    @NonNull List<@NonNull ItemInput> items) {

    @Input("ScaleLabelsInput")
    public record ScaleLabelsInput(@NonNull String locale, @NonNull List<@NonNull String> labels) {
    }

    @Input("InstrumentItemInput")
    public record ItemInput(@NonNull String code, @NonNull String dimension, @DefaultValue("false") boolean reverseCoded,
                            List<LocalizedTextInput> texts) {
    }

    @Input("LocalizedTextInput")
    public record LocalizedTextInput(@NonNull String locale, @NonNull String text) {
    }

    @Input("ItemTextInput")
    public record ItemTextInput(@NonNull String item, @NonNull String text) {
    }
}
