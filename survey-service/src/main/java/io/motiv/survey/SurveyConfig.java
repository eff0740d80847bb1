package io.motiv.survey;

import io.motiv.survey.scoring.QualityRules;
import io.smallrye.config.ConfigMapping;

/** survey-service settings, under {@code motiv.survey}. */
@ConfigMapping(prefix = "motiv.survey")
public interface SurveyConfig {

    Quality quality();

    Statistics statistics();

    interface Quality {

        /** More missing items than this share flags a response. */
        double flagMissingShare();

        /** More missing items than this share rejects a response. */
        double maxMissingShare();

        /** This share of answers (or more) on one rating flags straight-lining. */
        double straightLiningShare();

        /** Faster than this many seconds per answered item flags a response as too fast. */
        double minSecondsPerItem();

        default QualityRules rules() {
            return new QualityRules(flagMissingShare(), maxMissingShare(), straightLiningShare(), minSecondsPerItem());
        }
    }

    interface Statistics {

        /** Population statistics are withheld below this many respondents. */
        int minimumRespondents();
    }
}
