package io.motiv.survey.instrument.service;

import java.util.List;
import java.util.Map;

/** A new instrument, or a new version of one (same code). */
public record DefineInstrument(String code, String name, int scaleMin, int scaleMax, boolean minMeansVeryMuchLikeMe,
                               Map<String, List<String>> scaleLabels, List<Item> items) {

    public record Item(String code, String dimension, boolean reverseCoded, Map<String, String> texts) {
    }
}
