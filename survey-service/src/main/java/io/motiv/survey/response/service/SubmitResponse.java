package io.motiv.survey.response.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A response as a partner or frontend submits it. The customer is named by id or by external reference, not both.
 */
public record SubmitResponse(UUID surveyId, UUID customerId, String externalSource, String externalRef,
                             List<Answer> answers, Instant startedAt, Instant completedAt, String clientResponseId) {

    public record Answer(String item, Integer rating) {
    }
}
