package io.motiv.survey.response.api.graphql;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

@Name("SurveyResponse")
public record SurveyResponseView(
        @Id @NonNull String id,
        @Id @NonNull String surveyId,
        @Id @NonNull String customerId,
        @NonNull String clientResponseId,
        Instant startedAt,
        Instant completedAt,
        @NonNull Instant submittedAt,
        @NonNull ValuesProfileView profile) {
}
