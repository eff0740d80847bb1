package io.motiv.survey.survey.api.graphql;

import io.motiv.survey.survey.SurveyStatus;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

@Name("Survey")
@Key(fields = @FieldSet("id"))
@Description("A values survey: an instrument put in front of respondents. Owned by survey-service.")
public record SurveyView(
        @Id @NonNull String id,
        @NonNull String title,
        @NonNull SurveyStatus status,
        @Id @NonNull String instrumentId,
        @NonNull Instant createdAt,
        Instant publishedAt,
        Instant closedAt) {
}
