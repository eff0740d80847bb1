package io.motiv.survey.response.repository;

import io.motiv.survey.response.SurveyResponse;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.UUID;

@ApplicationScoped
public class SurveyResponseRepository implements PanacheRepositoryBase<SurveyResponse, UUID> {

    public Uni<SurveyResponse> findByClientResponseId(UUID surveyId, String clientResponseId) {
        return find("surveyId = ?1 and clientResponseId = ?2", surveyId, clientResponseId).firstResult();
    }

    /** Each customer's newest response that is not flagged (its values profile), with one statement; absent when none. */
    public Uni<Map<UUID, SurveyResponse>> latestValid(Collection<UUID> customerIds) {
        return getSession().chain(session -> session.createNativeQuery("""
                                SELECT DISTINCT ON (customer_id) * FROM survey_response
                                WHERE customer_id = ANY(CAST(CAST(:customers AS text[]) AS uuid[])) AND NOT flagged
                                ORDER BY customer_id, submitted_at DESC, id DESC""", SurveyResponse.class)
                        .setParameter("customers", customerIds.stream().map(UUID::toString).toArray(String[]::new))
                        .getResultList())
                .map(list -> list.stream().collect(Collectors.toMap(r -> r.customerId, Function.identity())));
    }

    public Uni<List<SurveyResponse>> pageOfCustomer(UUID customerId, int offset, int size) {
        return find("customerId = ?1 order by submittedAt desc, id desc", customerId).range(offset, offset + size - 1).list();
    }

    public Uni<Long> countOfCustomer(UUID customerId) {
        return count("customerId", customerId);
    }

    public Uni<List<SurveyResponse>> ofSurvey(UUID surveyId, boolean includeFlagged) {
        return includeFlagged
                ? list("surveyId = ?1 order by submittedAt", surveyId)
                : list("surveyId = ?1 and flagged = false order by submittedAt", surveyId);
    }

    public Uni<Long> deleteByCustomer(UUID customerId) {
        return delete("customerId", customerId);
    }
}
