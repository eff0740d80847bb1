package io.motiv.survey.survey;

/** A survey is drafted, published (its instrument frozen), then closed. */
public enum SurveyStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
