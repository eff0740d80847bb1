package io.motiv.survey.response;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.events.survey.ValuesProfileScored;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.Sql;
import io.motiv.testing.TestTokens;
import io.motiv.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.motiv.survey.support.SurveyFixtures.PVQ21_ANSWERS;
import static io.motiv.survey.support.SurveyFixtures.PVQ_21;
import static io.motiv.survey.support.SurveyFixtures.answers;
import static io.motiv.survey.support.SurveyFixtures.byId;
import static io.motiv.survey.support.SurveyFixtures.customer;
import static io.motiv.survey.support.SurveyFixtures.draftSurvey;
import static io.motiv.survey.support.SurveyFixtures.partner;
import static io.motiv.survey.support.SurveyFixtures.publishedSurvey;
import static io.motiv.survey.support.SurveyFixtures.steward;
import static io.motiv.survey.support.SurveyFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** submitSurveyResponses: per-item results with the same errors, consent checks and idempotency as submitSurveyResponse. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KafkaResource.class)
class BulkSubmissionTest {

    private static final Duration EVENTS = Duration.ofSeconds(30);
    private static final String SUBMIT_ALL = """
            mutation($inputs: [SubmitSurveyResponseInput!]!) { submitSurveyResponses(inputs: $inputs) {
              submitted duplicates failed
              results { index duplicate response { id customerId clientResponseId profile { instrument } } error { code message } } } }""";

    @Inject
    DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldSubmitABatchWithOneValuesProfileScoredEventEach() {
        String survey = publishedSurvey(PVQ_21);
        String first = consentingCustomer();
        String ref = "crm-" + UUID.randomUUID();
        String second = customer("crm", ref, ConsentStatus.GRANTED);
        awaitConsent(second, "GRANTED");

        submitAll(partner(), List.of(input(survey, byId(first), "b-" + UUID.randomUUID()),
                input(survey, Map.of("source", "crm", "ref", ref), "b-" + UUID.randomUUID())))
                .body("errors", nullValue())
                .body("data.submitSurveyResponses.submitted", equalTo(2))
                .body("data.submitSurveyResponses.duplicates", equalTo(0))
                .body("data.submitSurveyResponses.failed", equalTo(0))
                .body("data.submitSurveyResponses.results.index", equalTo(List.of(0, 1)))
                .body("data.submitSurveyResponses.results.response.customerId", equalTo(List.of(first, second)))
                .body("data.submitSurveyResponses.results.response.profile.instrument", equalTo(List.of("pvq-21@1", "pvq-21@1")));

        for (String customerId : List.of(first, second)) {
            List<ValuesProfileScored> events = TopicReader.read(Topics.VALUES_EVENTS, record -> customerId.equals(record.key()),
                            1, EVENTS, Duration.ofSeconds(2)).stream()
                    .map(record -> codec.payload(codec.read(record.value()), EventTypes.VALUES_PROFILE_SCORED)).toList();
            assertThat(events).singleElement().extracting(ValuesProfileScored::surveyId).isEqualTo(survey);
        }
    }

    @Test
    void shouldStoreTheValidItemsOfAMixedBatchAndReportEachFailureWithItsCode() {
        String survey = publishedSurvey(PVQ_21);
        String draft = draftSurvey(PVQ_21);
        String consenting = consentingCustomer();
        String other = consentingCustomer();
        String denied = customer("shop", "c-" + UUID.randomUUID(), ConsentStatus.DENIED);
        awaitConsent(denied, "DENIED");
        String unknown = UUID.randomUUID().toString();
        String resent = "b-" + UUID.randomUUID();
        String earlier = submit(partner(), survey, byId(other), answers(PVQ21_ANSWERS), resent)
                .body("errors", nullValue()).extract().path("data.submitSurveyResponse.response.id");
        String repeated = "b-" + UUID.randomUUID();
        Map<String, Object> outside = input(survey, byId(consenting), "b-" + UUID.randomUUID());
        List<Map<String, Object>> badAnswers = answers(PVQ21_ANSWERS);
        badAnswers.set(4, Map.of("item", "5", "rating", 7));
        outside.put("answers", badAnswers);

        List<Map<String, Object>> batch = List.of(
                input(survey, byId(consenting), repeated),
                input(survey, byId("42"), "b-" + UUID.randomUUID()),
                input(survey, byId(unknown), "b-" + UUID.randomUUID()),
                input(survey, byId(denied), "b-" + UUID.randomUUID()),
                outside,
                input(draft, byId(consenting), "b-" + UUID.randomUUID()),
                input(survey, byId(other), resent),
                input(survey, byId(consenting), repeated));
        var payload = submitAll(partner(), batch).body("errors", nullValue())
                .body("data.submitSurveyResponses.submitted", equalTo(1))
                .body("data.submitSurveyResponses.duplicates", equalTo(2))
                .body("data.submitSurveyResponses.failed", equalTo(5))
                .body("data.submitSurveyResponses.results.index", equalTo(List.of(0, 1, 2, 3, 4, 5, 6, 7)))
                .body("data.submitSurveyResponses.results.duplicate", equalTo(List.of(false, false, false, false, false, false, true, true)))
                .body("data.submitSurveyResponses.results.collect { it.error?.code }", equalTo(Arrays.asList(null, "VALIDATION", "NOT_FOUND",
                        "CONSENT_REQUIRED", "VALIDATION", "CONFLICT", null, null)))
                .body("data.submitSurveyResponses.results[1].error.message", equalTo("customer.id: not a valid id (expected a UUID)"))
                .body("data.submitSurveyResponses.results[2].error.message", equalTo("customer " + unknown + " does not exist"))
                .body("data.submitSurveyResponses.results[4].error.message", equalTo("answers: rating 7 of item '5' is outside the scale 1..6"))
                .body("data.submitSurveyResponses.results[5].error.message", equalTo("survey " + draft + " is not published yet"))
                .body("data.submitSurveyResponses.results[1].response", nullValue())
                .body("data.submitSurveyResponses.results[6].response.id", equalTo(earlier))
                .extract().jsonPath();
        assertThat(payload.getString("data.submitSurveyResponses.results[7].response.id"))
                .isEqualTo(payload.getString("data.submitSurveyResponses.results[0].response.id"));

        assertThat(Sql.count(dataSource, "SELECT count(*) FROM survey_response WHERE customer_id = ?::uuid", consenting)).isEqualTo(1);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM survey_response WHERE customer_id = ?::uuid", other)).isEqualTo(1);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM survey_response WHERE customer_id = ?::uuid", denied)).isEqualTo(0);
        assertThat(TopicReader.read(Topics.VALUES_EVENTS, record -> consenting.equals(record.key()), 1, EVENTS,
                Duration.ofSeconds(3))).hasSize(1);
        assertThat(TopicReader.read(Topics.VALUES_EVENTS, record -> denied.equals(record.key()), 0, Duration.ofSeconds(3),
                Duration.ofSeconds(1))).isEmpty();
    }

    @Test
    void shouldRefuseABatchOverTheLimitAndViewers() {
        String survey = publishedSurvey(PVQ_21);
        String customerId = consentingCustomer();
        submitAll(partner(), Collections.nCopies(1001, input(survey, byId(customerId), "b-" + UUID.randomUUID())))
                .body("data.submitSurveyResponses", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("inputs: a batch has 1 to 1000 responses"));
        submitAll(TestTokens.forRoles("viewer-user", "viewer"), List.of(input(survey, byId(customerId), "b-" + UUID.randomUUID())))
                .body("data.submitSurveyResponses", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        submitAll(steward(), List.of(input(survey, byId(customerId), "b-" + UUID.randomUUID())))
                .body("errors", nullValue())
                .body("data.submitSurveyResponses.results[0].response.id", notNullValue());
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM survey_response WHERE customer_id = ?::uuid", customerId)).isEqualTo(1);
    }

    private static Map<String, Object> input(String surveyId, Map<String, Object> customer, String clientResponseId) {
        return io.motiv.survey.support.SurveyFixtures.input(surveyId, customer, answers(PVQ21_ANSWERS), clientResponseId);
    }

    private static ValidatableResponse submitAll(String token, List<Map<String, Object>> inputs) {
        return GraphQl.post(token, SUBMIT_ALL, Map.of("inputs", inputs));
    }

    private String consentingCustomer() {
        return io.motiv.survey.support.SurveyFixtures.consentingCustomer(dataSource);
    }

    private void awaitConsent(String customerId, String status) {
        io.motiv.survey.support.SurveyFixtures.awaitConsent(dataSource, customerId, status);
    }
}
