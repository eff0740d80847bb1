package io.motiv.survey.scoring;

import io.motiv.events.survey.HigherOrderValue;
import io.motiv.events.survey.SchwartzValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores answers to a values instrument the way Schwartz's PVQ scoring instructions prescribe: a value's score is
 * the mean of its items; MRAT, the respondent's mean over all items, is subtracted to correct for individual
 * differences in scale use ("centring", Schwartz 2003, ESS questionnaire development report, ch. 7; Schwartz 2021,
 * "A repository of Schwartz value scales with instructions"). We centre and do not divide: the centred scores keep
 * the scale's units. Higher-order values are the means of their member values.
 */
public final class ValuesScorer {

    private final List<ScoredItem> items;
    private final RatingScale scale;
    private final QualityRules rules;
    private final Set<String> dimensions;

    public ValuesScorer(List<ScoredItem> items, RatingScale scale, QualityRules rules) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("an instrument needs at least one item");
        }
        this.items = List.copyOf(items);
        this.scale = scale;
        this.rules = rules;
        Set<String> ordered = new LinkedHashSet<>();
        items.forEach(item -> ordered.add(item.dimension()));
        this.dimensions = ordered;
    }

    /**
     * @param answers item code to rating; items left out are missing
     * @param completion how long the respondent took, or null when not known (the too-fast flag is then not set)
     * @throws ScoringException for an unknown item, a rating outside the scale, too many missing items, or a
     *                          dimension without any answered item
     */
    public ValuesScore score(Map<String, Integer> answers, Duration completion) {
        Map<String, ScoredItem> byCode = new HashMap<>();
        items.forEach(item -> byCode.put(item.code(), item));
        for (var answer : answers.entrySet()) {
            if (!byCode.containsKey(answer.getKey())) {
                throw new ScoringException("answers", "unknown item '" + answer.getKey() + "'");
            }
            Integer rating = answer.getValue();
            if (rating == null || !scale.contains(rating)) {
                throw new ScoringException("answers", "rating " + rating + " of item '" + answer.getKey()
                        + "' is outside the scale " + scale.min() + ".." + scale.max());
            }
        }
        int answered = answers.size();
        int missing = items.size() - answered;
        double missingShare = (double) missing / items.size();
        if (missingShare > rules.maxMissingShare()) {
            throw new ScoringException("answers", missing + " of " + items.size()
                    + " items are missing; at most " + Math.round(rules.maxMissingShare() * 100) + "% may be");
        }

        Map<String, double[]> sums = new LinkedHashMap<>(); // dimension -> {sum, count}
        dimensions.forEach(dimension -> sums.put(dimension, new double[2]));
        double total = 0;
        for (ScoredItem item : items) {
            Integer rating = answers.get(item.code());
            if (rating != null) {
                double oriented = scale.oriented(rating, item.reverseCoded());
                double[] sum = sums.get(item.dimension());
                sum[0] += oriented;
                sum[1]++;
                total += oriented;
            }
        }
        double mrat = total / answered;

        Map<String, Double> raw = new LinkedHashMap<>();
        Map<String, Double> centred = new LinkedHashMap<>();
        for (var entry : sums.entrySet()) {
            if (entry.getValue()[1] == 0) {
                throw new ScoringException("answers", "no item of '" + entry.getKey() + "' is answered");
            }
            double mean = entry.getValue()[0] / entry.getValue()[1];
            raw.put(entry.getKey(), mean);
            centred.put(entry.getKey(), mean - mrat);
        }
        return new ValuesScore(raw, centred, higherOrder(raw), higherOrder(centred), mrat,
                new ValuesScore.Quality(answered, missing, missingShare > rules.flagMissingShare(),
                        straightLining(answers), tooFast(answered, completion)));
    }

    private static Map<String, Double> higherOrder(Map<String, Double> values) {
        Map<String, Double> higher = new LinkedHashMap<>();
        for (HigherOrderValue group : HigherOrderValue.values()) {
            List<Double> members = new ArrayList<>();
            for (SchwartzValue value : SchwartzValue.values()) {
                if (value.higherOrder() == group && values.containsKey(value.name())) {
                    members.add(values.get(value.name()));
                }
            }
            if (!members.isEmpty()) {
                higher.put(group.name(), members.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
            }
        }
        return higher;
    }

    /** Straight-lining: (nearly) every answer is the same rating, whatever the item says. */
    private boolean straightLining(Map<String, Integer> answers) {
        if (answers.size() < 2) {
            return false;
        }
        Map<Integer, Integer> counts = new HashMap<>();
        answers.values().forEach(rating -> counts.merge(rating, 1, Integer::sum));
        int modal = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return (double) modal / answers.size() >= rules.straightLiningShare();
    }

    private boolean tooFast(int answered, Duration completion) {
        if (completion == null || answered == 0) {
            return false;
        }
        return completion.toMillis() / 1000.0 / answered < rules.minSecondsPerItem();
    }
}
