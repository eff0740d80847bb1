package io.motiv.survey.customer.service;

import io.motiv.survey.response.SurveyResponse;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads a customer's values for the Customer fields this service adds. GraphQL resolves sibling fields
 * (valuesProfile, surveyResponses) at the same time, and one reactive session cannot serve two queries at once,
 * so each read opens a session of its own instead of sharing the request's.
 */
@ApplicationScoped
public class CustomerValuesService {

    private final Mutiny.SessionFactory sessions;

    public CustomerValuesService(Mutiny.SessionFactory sessions) {
        this.sessions = sessions;
    }

    /** The newest response that is not flagged for quality: the customer's values profile. */
    public Uni<SurveyResponse> latestValidProfile(UUID customerId) {
        return inOwnSession(session -> session.createSelectionQuery(
                        "from SurveyResponse where customerId = :customer and flagged = false order by submittedAt desc, id desc",
                        SurveyResponse.class)
                .setParameter("customer", customerId)
                .setMaxResults(1)
                .getSingleResultOrNull());
    }

    /** A page of the customer's responses, newest first, flagged ones included. */
    public Uni<ResponsePage> responses(UUID customerId, int offset, int size) {
        return inOwnSession(session -> session.createSelectionQuery(
                        "select count(*) from SurveyResponse where customerId = :customer", Long.class)
                .setParameter("customer", customerId)
                .getSingleResult()
                .chain(total -> session.createSelectionQuery(
                                "from SurveyResponse where customerId = :customer order by submittedAt desc, id desc",
                                SurveyResponse.class)
                        .setParameter("customer", customerId)
                        .setFirstResult(offset)
                        .setMaxResults(size)
                        .getResultList()
                        .map(page -> new ResponsePage(page, total))));
    }

    private <T> Uni<T> inOwnSession(Function<Mutiny.Session, Uni<T>> work) {
        return sessions.openSession().chain(session -> work.apply(session).eventually(session::close));
    }

    public record ResponsePage(List<SurveyResponse> responses, long total) {
    }
}
