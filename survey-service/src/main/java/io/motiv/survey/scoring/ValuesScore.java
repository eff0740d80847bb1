package io.motiv.survey.scoring;

import java.util.Map;

/**
 * A respondent's scores. Maps keep the instrument's dimension order; every number is finite.
 *
 * @param raw mean of each dimension's answered items, oriented so higher = more important
 * @param centred raw minus MRAT
 * @param higherOrderRaw mean of the member values' raw scores
 * @param higherOrderCentred mean of the member values' centred scores
 * @param mrat the respondent's mean rating over all answered items
 */
public record ValuesScore(Map<String, Double> raw, Map<String, Double> centred, Map<String, Double> higherOrderRaw,
                          Map<String, Double> higherOrderCentred, double mrat, Quality quality) {

    public record Quality(int answeredItems, int missingItems, boolean tooManyMissing, boolean straightLining,
                          boolean tooFast) {

        public boolean flagged() {
            return tooManyMissing || straightLining || tooFast;
        }
    }
}
