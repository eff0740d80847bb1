package io.motiv.survey.response.api.graphql;

import io.motiv.service.api.ApiException;
import io.motiv.service.api.Bulk;
import io.motiv.service.api.ItemError;
import io.motiv.service.api.Roles;
import io.motiv.service.api.ValidationException;
import io.motiv.survey.response.service.Submission;
import io.motiv.survey.response.mapping.ResponseMapper;
import io.motiv.survey.response.service.ResponseService;
import io.motiv.survey.response.service.SubmitResponse;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.exception.ConstraintViolationException;

import java.util.ArrayList;
import java.util.List;

@GraphQLApi
public class ResponseGraphQlApi {

    private final ResponseService responses;

    public ResponseGraphQlApi(ResponseService responses) {
        this.responses = responses;
    }

    @Mutation("submitSurveyResponse")
    @Description("Scores and stores a response. Errors: VALIDATION (unknown item, rating outside the scale, an item answered twice, too many missing), NOT_FOUND (survey, customer), CONFLICT (survey not published or closed), CONSENT_REQUIRED (no VALUES_SURVEY consent).")
    @RolesAllowed({Roles.PARTNER, Roles.STEWARD, Roles.ADMIN})
    public Uni<SubmitSurveyResponsePayload> submitSurveyResponse(@NonNull SubmitSurveyResponseInput input) {
        return Uni.createFrom().item(() -> ResponseMapper.toCommand(input))
                .chain(command -> responses.submit(command)
                        // Two identical submissions at once: the loser of the unique key finds the winner's response.
                        .onFailure(ConstraintViolationException.class).recoverWithUni(() -> stored(command)))
                .map(submission -> new SubmitSurveyResponsePayload(ResponseMapper.toView(submission.response()),
                        submission.duplicate()));
    }

    @Mutation("submitSurveyResponses")
    @Description("Submits up to 1,000 responses in one transaction, each as submitSurveyResponse would (the same errors per item, in its error field; idempotent on clientResponseId). A failed item stores nothing and does not stop the others.")
    @RolesAllowed({Roles.PARTNER, Roles.STEWARD, Roles.ADMIN})
    public Uni<SubmitSurveyResponsesPayload> submitSurveyResponses(@NonNull List<@NonNull SubmitSurveyResponseInput> inputs) {
        try {
            Bulk.requireSize(inputs, "responses");
        } catch (ValidationException e) {
            return Uni.createFrom().failure(e);
        }
        Bulk.Parsed<SubmitResponse> parsed = Bulk.parse(inputs, ResponseMapper::toCommand);
        return responses.submitAll(parsed.commands())
                // a concurrent call stored one of these clientResponseIds first: again, those items are now duplicates
                .onFailure(ConstraintViolationException.class).recoverWithUni(() -> responses.submitAll(parsed.commands()))
                .map(outcomes -> {
                    List<SubmitSurveyResponsesPayload.Result> results = new ArrayList<>();
                    for (int i = 0; i < outcomes.size(); i++) {
                        ApiException failure = parsed.failure(i, outcomes.get(i) == null ? null : outcomes.get(i).failure());
                        Submission submission = failure == null ? outcomes.get(i).submission() : null;
                        results.add(submission == null
                                ? new SubmitSurveyResponsesPayload.Result(i, null, false, ItemError.of(failure))
                                : new SubmitSurveyResponsesPayload.Result(i, ResponseMapper.toView(submission.response()),
                                        submission.duplicate(), null));
                    }
                    int failed = (int) results.stream().filter(result -> result.error() != null).count();
                    int duplicates = (int) results.stream().filter(SubmitSurveyResponsesPayload.Result::duplicate).count();
                    return new SubmitSurveyResponsesPayload(results.size() - failed - duplicates, duplicates, failed, results);
                });
    }

    private Uni<io.motiv.survey.response.service.Submission> stored(SubmitResponse command) {
        return responses.findSubmitted(command.surveyId(), command.clientResponseId())
                .map(response -> new io.motiv.survey.response.service.Submission(response, true));
    }
}
