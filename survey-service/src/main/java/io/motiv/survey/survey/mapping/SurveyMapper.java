package io.motiv.survey.survey.mapping;

import io.motiv.survey.survey.Survey;
import io.motiv.survey.survey.api.graphql.SurveyView;

public final class SurveyMapper {

    private SurveyMapper() {
    }

    public static SurveyView toView(Survey survey) {
        return survey == null ? null : new SurveyView(survey.id.toString(), survey.title, survey.status,
                survey.instrumentId.toString(), survey.createdAt, survey.publishedAt, survey.closedAt);
    }
}
