package io.motiv.survey.response.service;

import io.motiv.survey.response.SurveyResponse;

/** The stored response, and whether it was stored by an earlier submission with the same clientResponseId. */
public record Submission(SurveyResponse response, boolean duplicate) {
}
