package io.motiv.survey.response.mapping;

import io.motiv.service.api.Ids;
import io.motiv.service.api.ValidationException;
import io.motiv.survey.response.SurveyResponse;
import io.motiv.survey.response.api.graphql.SubmitSurveyResponseInput;
import io.motiv.survey.response.api.graphql.SurveyResponseView;
import io.motiv.survey.response.api.graphql.ValuesProfileView;
import io.motiv.survey.response.service.SubmitResponse;

import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class ResponseMapper {

    private ResponseMapper() {
    }

    public static SubmitResponse toCommand(SubmitSurveyResponseInput input) {
        UUID surveyId = UUID.fromString(Ids.requireValid("surveyId", input.surveyId()));
        var customer = input.customer();
        if (customer == null) {
            throw new ValidationException("customer", "is required");
        }
        UUID customerId = customer.id() == null ? null : UUID.fromString(Ids.requireValid("customer.id", customer.id()));
        return new SubmitResponse(surveyId, customerId, customer.source(), customer.ref(),
                input.answers().stream().map(answer -> new SubmitResponse.Answer(answer.item(), answer.rating())).toList(),
                input.startedAt(), input.completedAt(), input.clientResponseId());
    }

    public static SurveyResponseView toView(SurveyResponse response) {
        return new SurveyResponseView(response.id.toString(), response.surveyId.toString(),
                response.customerId.toString(), response.clientResponseId, response.startedAt, response.completedAt,
                response.submittedAt, toProfile(response));
    }

    public static ValuesProfileView toProfile(SurveyResponse response) {
        if (response == null) {
            return null;
        }
        return new ValuesProfileView(response.instrument, response.answeredAt(), response.mrat,
                scores(response.rawScores, response.centredScores),
                scores(response.higherOrderRaw, response.higherOrderCentred),
                new ValuesProfileView.QualityView(response.answeredItems, response.missingItems, response.tooManyMissing,
                        response.straightLining, response.tooFast, response.flagged));
    }

    private static List<ValuesProfileView.DimensionScore> scores(Map<String, Double> raw, Map<String, Double> centred) {
        return raw.entrySet().stream()
                .map(entry -> new ValuesProfileView.DimensionScore(entry.getKey(), entry.getValue(), centred.get(entry.getKey())))
                .toList();
    }
}
