package io.motiv.survey.response.api.graphql;

import io.motiv.service.api.Roles;
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

    private Uni<io.motiv.survey.response.service.Submission> stored(SubmitResponse command) {
        return responses.findSubmitted(command.surveyId(), command.clientResponseId())
                .map(response -> new io.motiv.survey.response.service.Submission(response, true));
    }
}
