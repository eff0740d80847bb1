package io.motiv.survey.response;

import io.motiv.events.CloudEvent;
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
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.motiv.survey.support.SurveyFixtures.PVQ21_ANSWERS;
import static io.motiv.survey.support.SurveyFixtures.PVQ_21;
import static io.motiv.survey.support.SurveyFixtures.answers;
import static io.motiv.survey.support.SurveyFixtures.byId;
import static io.motiv.survey.support.SurveyFixtures.customer;
import static io.motiv.survey.support.SurveyFixtures.partner;
import static io.motiv.survey.support.SurveyFixtures.steward;
import static io.motiv.survey.support.SurveyFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KafkaResource.class)
class SurveyResponseTest {

    private static final Duration EVENTS = Duration.ofSeconds(30);
    private static final double MRAT = 80.0 / 21;
    private static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    @Inject
    DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldScoreAResponseAndPublishOneValuesProfileScoredEvent() {
        String survey = io.motiv.survey.support.SurveyFixtures.publishedSurvey(PVQ_21);
        String customerId = consentingCustomer();

        JsonPath result = submit(partner(), survey, byId(customerId), answers(PVQ21_ANSWERS), "r-" + UUID.randomUUID())
                .statusCode(200).body("errors", nullValue())
                .extract().jsonPath().using(DOUBLES);

        assertThat(result.getBoolean("data.submitSurveyResponse.duplicate")).isFalse();
        String prefix = "data.submitSurveyResponse.response.profile.";
        assertThat(result.getString(prefix + "instrument")).isEqualTo("pvq-21@1");
        assertThat(result.getDouble(prefix + "mrat")).isCloseTo(MRAT, within(1e-9));
        assertThat(score(result, prefix + "values", "POWER", "raw")).isCloseTo(1.5, within(1e-9));
        assertThat(score(result, prefix + "values", "UNIVERSALISM", "centred")).isCloseTo(17.0 / 3 - MRAT, within(1e-9));
        assertThat(score(result, prefix + "higherOrder", "CONSERVATION", "raw")).isCloseTo(8.0 / 3, within(1e-9));
        assertThat(result.getBoolean(prefix + "quality.flagged")).isFalse();

        List<ConsumerRecord<String, String>> events = TopicReader.read(Topics.VALUES_EVENTS,
                record -> customerId.equals(record.key()), 1, EVENTS, Duration.ofSeconds(2));
        assertThat(events).hasSize(1);
        CloudEvent event = codec.read(events.getFirst().value());
        ValuesProfileScored scored = codec.payload(event, EventTypes.VALUES_PROFILE_SCORED);
        assertThat(scored.customerId()).isEqualTo(customerId);
        assertThat(scored.surveyId()).isEqualTo(survey);
        assertThat(scored.instrument()).isEqualTo("pvq-21@1");
        assertThat(scored.values().raw().get("POWER")).isCloseTo(1.5, within(1e-9));
        assertThat(scored.higherOrder().centred()).containsKeys("OPENNESS_TO_CHANGE", "SELF_TRANSCENDENCE");
        assertThat(scored.quality().flagged()).isFalse();
    }

    @Test
    void shouldStoreOneResponseForTheSameClientResponseIdTwice() {
        String survey = io.motiv.survey.support.SurveyFixtures.publishedSurvey(PVQ_21);
        String customerId = consentingCustomer();
        String clientId = "r-" + UUID.randomUUID();

        String first = submit(partner(), survey, byId(customerId), answers(PVQ21_ANSWERS), clientId)
                .extract().path("data.submitSurveyResponse.response.id");
        int[] changed = PVQ21_ANSWERS.clone();
        changed[0] = 1;
        submit(partner(), survey, byId(customerId), answers(changed), clientId)
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.submitSurveyResponse.duplicate", equalTo(true))
                .body("data.submitSurveyResponse.response.id", equalTo(first));

        assertThat(Sql.count(dataSource, "SELECT count(*) FROM survey_response WHERE client_response_id = ?", clientId)).isEqualTo(1);
        assertThat(TopicReader.read(Topics.VALUES_EVENTS, record -> customerId.equals(record.key()), 1, EVENTS,
                Duration.ofSeconds(2))).hasSize(1);
    }

    @Test
    void shouldFindTheCustomerByExternalReference() {
        String survey = io.motiv.survey.support.SurveyFixtures.publishedSurvey(PVQ_21);
        String ref = "crm-" + UUID.randomUUID();
        String customerId = customer("crm", ref, ConsentStatus.GRANTED);
        awaitConsent(customerId, "GRANTED");

        submit(partner(), survey, Map.of("source", "crm", "ref", ref), answers(PVQ21_ANSWERS), "r-" + UUID.randomUUID())
                .body("errors", nullValue())
                .body("data.submitSurveyResponse.response.customerId", equalTo(customerId));
    }

    @Test
    void shouldRejectInvalidAnswersWithTheReason() {
        String survey = io.motiv.survey.support.SurveyFixtures.publishedSurvey(PVQ_21);
        String customerId = consentingCustomer();
        List<Map<String, Object>> unknownItem = new java.util.ArrayList<>(answers(PVQ21_ANSWERS));
        unknownItem.add(Map.of("item", "22", "rating", 3));
        List<Map<String, Object>> outside = answers(PVQ21_ANSWERS);
        outside.set(4, Map.of("item", "5", "rating", 7));
        List<Map<String, Object>> twice = new java.util.ArrayList<>(answers(PVQ21_ANSWERS));
        twice.add(Map.of("item", "5", "rating", 2));
        List<Map<String, Object>> tooFew = answers(PVQ21_ANSWERS).subList(0, 14);

        expectError(submit(partner(), survey, byId(customerId), unknownItem, "r1"), "VALIDATION", "answers: unknown item '22'");
        expectError(submit(partner(), survey, byId(customerId), outside, "r2"), "VALIDATION",
                "answers: rating 7 of item '5' is outside the scale 1..6");
        expectError(submit(partner(), survey, byId(customerId), twice, "r3"), "VALIDATION", "answers: item '5' is answered twice");
        expectError(submit(partner(), survey, byId(customerId), tooFew, "r4"), "VALIDATION",
                "answers: 7 of 21 items are missing; at most 30% may be");
        expectError(submit(partner(), survey, Map.of("id", customerId, "source", "crm", "ref", "x"), answers(PVQ21_ANSWERS), "r5"),
                "VALIDATION", "customer: give either id or externalRef, not both and not neither");
        expectError(submit(partner(), survey, byId("not-a-uuid"), answers(PVQ21_ANSWERS), "r6"), "VALIDATION",
                "customer.id: not a valid id (expected a UUID)");
        expectError(submit(partner(), "nope", byId(customerId), answers(PVQ21_ANSWERS), "r7"), "VALIDATION",
                "surveyId: not a valid id (expected a UUID)");
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM survey_response WHERE customer_id = ?::uuid", customerId)).isZero();
    }

    @Test
    void shouldRejectCompletionBeforeStart() {
        String survey = io.motiv.survey.support.SurveyFixtures.publishedSurvey(PVQ_21);
        String customerId = consentingCustomer();
        Map<String, Object> input = new HashMap<>(Map.of("surveyId", survey, "customer", byId(customerId),
                "answers", answers(PVQ21_ANSWERS), "clientResponseId", "r-time",
                "startedAt", "2026-11-20T10:00:00Z", "completedAt", "2026-11-20T09:59:00Z"));

        expectError(GraphQl.post(partner(), io.motiv.survey.support.SurveyFixtures.SUBMIT, Map.of("input", input)),
                "VALIDATION", "completedAt: is before startedAt");
    }

    @Test
    void shouldRejectResponsesToSurveysThatAreNotOpen() {
        String customerId = consentingCustomer();
        String draft = io.motiv.survey.support.SurveyFixtures.draftSurvey(PVQ_21);
        String closed = io.motiv.survey.support.SurveyFixtures.publishedSurvey(PVQ_21);
        GraphQl.post(io.motiv.survey.support.SurveyFixtures.analyst(), "mutation($id: ID!) { closeSurvey(id: $id) { status } }",
                Map.of("id", closed)).body("data.closeSurvey.status", equalTo("CLOSED"));
        String unknown = UUID.randomUUID().toString();

        expectError(submit(partner(), draft, byId(customerId), answers(PVQ21_ANSWERS), "r1"), "CONFLICT",
                "survey " + draft + " is not published yet");
        expectError(submit(partner(), closed, byId(customerId), answers(PVQ21_ANSWERS), "r2"), "CONFLICT",
                "survey " + closed + " is closed");
        expectError(submit(partner(), unknown, byId(customerId), answers(PVQ21_ANSWERS), "r3"), "NOT_FOUND",
                "survey " + unknown + " does not exist");
    }

    @Test
    void shouldRequireValuesSurveyConsent() {
        String survey = io.motiv.survey.support.SurveyFixtures.publishedSurvey(PVQ_21);
        String never = customer("shop", "c-" + UUID.randomUUID(), null);
        String denied = customer("shop", "c-" + UUID.randomUUID(), ConsentStatus.DENIED);
        String withdrawn = consentingCustomer();
        io.motiv.survey.support.SurveyFixtures.changeConsent(withdrawn, ConsentStatus.WITHDRAWN);
        awaitConsent(denied, "DENIED");
        awaitConsent(withdrawn, "WITHDRAWN");
        String unknown = UUID.randomUUID().toString();

        for (String customerId : List.of(never, denied, withdrawn)) {
            submit(partner(), survey, byId(customerId), answers(PVQ21_ANSWERS), "r-" + UUID.randomUUID())
                    .body("data.submitSurveyResponse", nullValue())
                    .body("errors[0].extensions.code", equalTo("CONSENT_REQUIRED"));
        }
        expectError(submit(partner(), survey, byId(unknown), answers(PVQ21_ANSWERS), "r-u"), "NOT_FOUND",
                "customer " + unknown + " does not exist");
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM survey_response WHERE survey_id = ?::uuid", survey)).isZero();
    }

    @Test
    void shouldKeepFlaggedResponsesOutOfTheValuesProfile() {
        String survey = io.motiv.survey.support.SurveyFixtures.publishedSurvey(PVQ_21);
        String customerId = consentingCustomer();
        submit(partner(), survey, byId(customerId), answers(PVQ21_ANSWERS), "good").body("errors", nullValue());
        int[] straight = new int[21];
        java.util.Arrays.fill(straight, 6);
        submit(partner(), survey, byId(customerId), answers(straight), "straight")
                .body("data.submitSurveyResponse.response.profile.quality.straightLining", equalTo(true))
                .body("data.submitSurveyResponse.response.profile.quality.flagged", equalTo(true));

        JsonPath customer = entity(steward(), customerId, "valuesProfile { mrat quality { flagged } } surveyResponses(first: 1) { totalCount edges { node { clientResponseId } } pageInfo { hasNextPage } }");

        assertThat(customer.getDouble("valuesProfile.mrat")).isCloseTo(MRAT, within(1e-9));
        assertThat(customer.getBoolean("valuesProfile.quality.flagged")).isFalse();
        assertThat(customer.getInt("surveyResponses.totalCount")).isEqualTo(2);
        assertThat(customer.getString("surveyResponses.edges[0].node.clientResponseId")).isEqualTo("straight");
        assertThat(customer.getBoolean("surveyResponses.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void shouldShowAnIndividualsValuesOnlyToStewardsAndAdmins() {
        String customerId = consentingCustomer();

        GraphQl.post(TestTokens.forRoles("analyst-user", "analyst"), entitiesQuery("valuesProfile { mrat }"),
                        Map.of("representations", List.of(Map.of("__typename", "Customer", "id", customerId))))
                .statusCode(200)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertThat(entity(steward(), customerId, "valuesProfile { mrat }").getString("valuesProfile")).isNull();
    }

    @Test
    void shouldDeleteAnErasedCustomersResponses() {
        String survey = io.motiv.survey.support.SurveyFixtures.publishedSurvey(PVQ_21);
        String customerId = consentingCustomer();
        submit(partner(), survey, byId(customerId), answers(PVQ21_ANSWERS), "before-erasure").body("errors", nullValue());

        io.motiv.survey.support.SurveyFixtures.erase(customerId);

        await().atMost(EVENTS).untilAsserted(() ->
                assertThat(Sql.count(dataSource, "SELECT count(*) FROM survey_response WHERE customer_id = ?::uuid", customerId)).isZero());
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM known_customer WHERE customer_id = ?::uuid AND external_ref IS NULL AND erased_at IS NOT NULL", customerId))
                .isEqualTo(1);
        assertThat(entity(steward(), customerId, "valuesProfile { mrat }").getString("valuesProfile")).isNull();
        expectError(submit(partner(), survey, byId(customerId), answers(PVQ21_ANSWERS), "after-erasure"), "NOT_FOUND",
                "customer " + customerId + " does not exist");
    }

    @Test
    void shouldWithholdStatisticsBelowTheMinimumAndShowThemAbove() {
        String survey = io.motiv.survey.support.SurveyFixtures.publishedSurvey(PVQ_21);
        String query = "query($s: ID!) { surveyStatistics(surveyId: $s) { respondents suppressed dimensions { dimension mean standardDeviation histogram { count } } correlations { a b r } } }";
        java.util.Random random = new java.util.Random(3);
        for (int n = 0; n < 6; n++) {
            int[] ratings = new int[21];
            for (int i = 0; i < ratings.length; i++) {
                ratings[i] = 1 + random.nextInt(6);
            }
            submit(partner(), survey, byId(consentingCustomer()), answers(ratings), "stat-" + n).body("errors", nullValue());
            if (n == 3) {
                GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), query, Map.of("s", survey))
                        .body("data.surveyStatistics.respondents", equalTo(4))
                        .body("data.surveyStatistics.suppressed", equalTo(true))
                        .body("data.surveyStatistics.dimensions.size()", equalTo(0));
            }
        }

        JsonPath stats = GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), query, Map.of("s", survey))
                .body("errors", nullValue()).extract().jsonPath().using(DOUBLES);
        assertThat(stats.getInt("data.surveyStatistics.respondents")).isEqualTo(6);
        assertThat(stats.getBoolean("data.surveyStatistics.suppressed")).isFalse();
        assertThat(stats.getList("data.surveyStatistics.dimensions.dimension")).hasSize(10).contains("POWER");
        assertThat(stats.getList("data.surveyStatistics.correlations")).hasSize(45);
        List<Integer> powerHistogram = stats.getList("data.surveyStatistics.dimensions.find { it.dimension == 'POWER' }.histogram.count");
        assertThat(powerHistogram.stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
    }

    private String consentingCustomer() {
        return io.motiv.survey.support.SurveyFixtures.consentingCustomer(dataSource);
    }

    private void awaitConsent(String customerId, String status) {
        io.motiv.survey.support.SurveyFixtures.awaitConsent(dataSource, customerId, status);
    }

    private static JsonPath entity(String token, String customerId, String fields) {
        return GraphQl.post(token, entitiesQuery(fields),
                        Map.of("representations", List.of(Map.of("__typename", "Customer", "id", customerId))))
                .statusCode(200).body("errors", nullValue())
                .extract().jsonPath().using(DOUBLES).setRootPath("data._entities[0]");
    }

    private static String entitiesQuery(String fields) {
        return "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Customer { id "
                + fields + " } } }";
    }

    private static double score(JsonPath result, String path, String dimension, String kind) {
        List<Map<String, Object>> scores = result.getList(path);
        return scores.stream().filter(score -> dimension.equals(score.get("dimension"))).findFirst()
                .map(score -> ((Number) score.get(kind)).doubleValue()).orElseThrow();
    }

    private static void expectError(io.restassured.response.ValidatableResponse response, String code, String message) {
        response.statusCode(200)
                .body("data.submitSurveyResponse", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", equalTo(message));
    }

}
