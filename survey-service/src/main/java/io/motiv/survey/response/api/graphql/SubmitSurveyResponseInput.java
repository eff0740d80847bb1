package io.motiv.survey.response.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

@Input("SubmitSurveyResponseInput")
public record SubmitSurveyResponseInput(
        @Id @NonNull String surveyId,
        @NonNull CustomerRefInput customer,
        @Description("One per answered item; leave skipped items out") @NonNull List<@NonNull AnswerInput> answers,
        Instant startedAt,
        Instant completedAt,
        @Description("The submitting system's id for this response: submitting it again returns the stored response") @NonNull String clientResponseId) {

    @Input("CustomerRefInput")
    @Description("A customer by id, or by external reference (source and ref)")
    public record CustomerRefInput(@Id String id, String source, String ref) {
    }

    @Input("AnswerInput")
    public record AnswerInput(@NonNull String item, @NonNull Integer rating) {
    }
}
