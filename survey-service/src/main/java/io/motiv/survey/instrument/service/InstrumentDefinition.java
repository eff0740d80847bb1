package io.motiv.survey.instrument.service;

import io.motiv.survey.instrument.Instrument;
import io.motiv.survey.instrument.InstrumentItem;
import io.motiv.survey.scoring.QualityRules;
import io.motiv.survey.scoring.RatingScale;
import io.motiv.survey.scoring.ScoredItem;
import io.motiv.survey.scoring.ValuesScorer;

import java.util.LinkedHashSet;
import java.util.List;

/** An instrument with its items, in item order. */
public record InstrumentDefinition(Instrument instrument, List<InstrumentItem> items) {

    public List<String> dimensions() {
        LinkedHashSet<String> dimensions = new LinkedHashSet<>();
        items.forEach(item -> dimensions.add(item.dimension));
        return List.copyOf(dimensions);
    }

    public RatingScale scale() {
        return new RatingScale(instrument.scaleMin, instrument.scaleMax, instrument.minMeansVeryMuchLikeMe);
    }

    public ValuesScorer scorer(QualityRules rules) {
        return new ValuesScorer(items.stream()
                .map(item -> new ScoredItem(item.code(), item.dimension, item.reverseCoded))
                .toList(), scale(), rules);
    }
}
