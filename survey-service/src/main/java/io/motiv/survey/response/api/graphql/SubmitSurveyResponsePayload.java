package io.motiv.survey.response.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SubmitSurveyResponsePayload")
public record SubmitSurveyResponsePayload(
        @NonNull SurveyResponseView response,
        @Description("True when this clientResponseId had been submitted before: the stored response is returned unchanged") boolean duplicate) {
}
