package io.motiv.survey.instrument.mapping;

import io.motiv.service.api.ValidationException;
import io.motiv.survey.instrument.api.graphql.DefineInstrumentInput;
import io.motiv.survey.instrument.api.graphql.InstrumentView;
import io.motiv.survey.instrument.service.DefineInstrument;
import io.motiv.survey.instrument.service.InstrumentDefinition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public final class InstrumentMapper {

    private InstrumentMapper() {
    }

    public static InstrumentView toView(InstrumentDefinition definition) {
        var instrument = definition.instrument();
        var labels = instrument.scaleLabels.entrySet().stream()
                .map(entry -> new InstrumentView.LabelsView(entry.getKey(), entry.getValue())).toList();
        var items = definition.items().stream()
                .map(item -> new InstrumentView.InstrumentItemView(item.code(), item.position, item.dimension,
                        item.reverseCoded, item.texts.entrySet().stream()
                        .map(text -> new InstrumentView.LocalizedText(text.getKey(), text.getValue())).toList()))
                .toList();
        return new InstrumentView(instrument.id.toString(), instrument.code, instrument.version, instrument.reference(),
                instrument.name, new InstrumentView.RatingScaleView(instrument.scaleMin, instrument.scaleMax,
                instrument.minMeansVeryMuchLikeMe, labels), definition.dimensions(), items, instrument.builtIn,
                instrument.frozen);
    }

    public static DefineInstrument toCommand(DefineInstrumentInput input) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        if (input.scaleLabels() != null) {
            input.scaleLabels().forEach(entry -> {
                if (labels.put(entry.locale(), entry.labels()) != null) {
                    throw new ValidationException("scaleLabels", "locale '" + entry.locale() + "' is given twice");
                }
            });
        }
        return new DefineInstrument(input.code(), input.name(), input.scaleMin(), input.scaleMax(),
                input.minMeansVeryMuchLikeMe(), labels, input.items().stream()
                .map(item -> new DefineInstrument.Item(item.code(), item.dimension(), item.reverseCoded(), texts(item.texts())))
                .toList());
    }

    public static Map<String, String> itemTexts(List<DefineInstrumentInput.ItemTextInput> texts) {
        Map<String, String> byItem = new LinkedHashMap<>();
        texts.forEach(text -> {
            if (byItem.put(text.item(), text.text()) != null) {
                throw new ValidationException("texts", "item '" + text.item() + "' is given twice");
            }
        });
        return byItem;
    }

    private static Map<String, String> texts(List<DefineInstrumentInput.LocalizedTextInput> texts) {
        Map<String, String> byLocale = new LinkedHashMap<>();
        if (texts != null) {
            texts.forEach(text -> {
                if (byLocale.put(text.locale(), text.text()) != null) {
                    throw new ValidationException("items.texts", "locale '" + text.locale() + "' is given twice");
                }
            });
        }
        return byLocale;
    }
}
