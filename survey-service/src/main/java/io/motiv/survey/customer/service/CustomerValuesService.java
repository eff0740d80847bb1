package io.motiv.survey.customer.service;

import io.motiv.survey.response.SurveyResponse;
import io.motiv.survey.response.repository.SurveyResponseRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads a customer's values for the Customer fields this service adds (callers isolate sibling fields). */
@ApplicationScoped
public class CustomerValuesService {

    private final SurveyResponseRepository responses;

    public CustomerValuesService(SurveyResponseRepository responses) {
        this.responses = responses;
    }

    /** Each customer's newest response that is not flagged for quality: their values profile (absent when none). */
    @WithSession
    public Uni<Map<UUID, SurveyResponse>> latestValidProfiles(Collection<UUID> customerIds) {
        return responses.latestValid(customerIds);
    }

    /** A page of the customer's responses, newest first, flagged ones included. */
    @WithSession
    public Uni<ResponsePage> responses(UUID customerId, int offset, int size) {
        return responses.countOfCustomer(customerId)
                .chain(total -> responses.pageOfCustomer(customerId, offset, size).map(page -> new ResponsePage(page, total)));
    }

    public record ResponsePage(List<SurveyResponse> responses, long total) {
    }
}
