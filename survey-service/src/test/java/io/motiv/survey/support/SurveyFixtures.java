package io.motiv.survey.support;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.events.profile.CustomerErased;
import io.motiv.events.profile.CustomerKind;
import io.motiv.events.profile.CustomerRegistered;
import io.motiv.events.profile.ExternalRef;
import io.motiv.testing.GraphQl;
import io.motiv.testing.TestTokens;
import io.motiv.testing.TopicWriter;
import io.restassured.response.ValidatableResponse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the survey tests set up through the service's public surfaces: GraphQL, and customer-events on Kafka. */
public final class SurveyFixtures {

    public static final String PVQ_21 = "00000000-0000-4000-8000-000000000021";
    public static final String PVQ_40 = "00000000-0000-4000-8000-000000000040";
    public static final String DEMO_20 = "00000000-0000-4000-8000-000000000020";
    /** Hand-checked PVQ-21 answers (6 = very much like me): POWER = 1.5, UNIVERSALISM = 17/3, MRAT = 80/21. */
    public static final int[] PVQ21_ANSWERS = {6, 2, 5, 3, 4, 5, 3, 6, 2, 4, 5, 6, 3, 4, 4, 2, 1, 5, 6, 1, 3};

    private static final EventCodec CODEC = new EventCodec();
    private static final String PROFILE = "/motiv/profile-service";

    private SurveyFixtures() {
    }

    public static String analyst() {
        return TestTokens.forRoles("analyst-user", "analyst");
    }

    public static String steward() {
        return TestTokens.forRoles("steward-user", "steward");
    }

    public static String partner() {
        return TestTokens.forPartner("partner-demo");
    }

    /** A published survey on the instrument; returns its id. */
    public static String publishedSurvey(String instrumentId) {
        String id = draftSurvey(instrumentId);
        GraphQl.post(analyst(), "mutation($id: ID!) { publishSurvey(id: $id) { status } }", Map.of("id", id))
                .body("data.publishSurvey.status", org.hamcrest.Matchers.equalTo("PUBLISHED"));
        return id;
    }

    public static String draftSurvey(String instrumentId) {
        return GraphQl.post(analyst(), "mutation($i: ID!) { createSurvey(title: \"Values 2026\", instrumentId: $i) { id } }",
                Map.of("i", instrumentId)).extract().path("data.createSurvey.id");
    }

    /** Publishes CustomerRegistered (and a VALUES_SURVEY decision, when given) as profile-service would. */
    public static String customer(String source, String ref, ConsentStatus valuesSurveyConsent) {
        String id = UUID.randomUUID().toString();
        List<String> events = new ArrayList<>();
        events.add(CODEC.write(CODEC.wrap(EventTypes.CUSTOMER_REGISTERED, PROFILE, id,
                new CustomerRegistered(id, new ExternalRef(source, ref), CustomerKind.PERSON, null, Instant.now()))));
        if (valuesSurveyConsent != null) {
            events.add(consentEvent(id, valuesSurveyConsent));
        }
        TopicWriter.send(Topics.CUSTOMER_EVENTS, id, events.toArray(String[]::new));
        return id;
    }

    /** A customer with VALUES_SURVEY consent that survey-service has learnt of. */
    public static String consentingCustomer(javax.sql.DataSource dataSource) {
        String customerId = customer("shop", "c-" + UUID.randomUUID(), ConsentStatus.GRANTED);
        awaitConsent(dataSource, customerId, "GRANTED");
        return customerId;
    }

    /** Waits until survey-service has learnt the customer's VALUES_SURVEY decision. */
    public static void awaitConsent(javax.sql.DataSource dataSource, String customerId, String status) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
                org.assertj.core.api.Assertions.assertThat(io.motiv.testing.Sql.count(dataSource,
                        "SELECT count(*) FROM known_customer WHERE customer_id = ?::uuid AND values_survey_consent = '" + status + "'",
                        customerId)).isEqualTo(1));
    }

    public static void changeConsent(String customerId, ConsentStatus status) {
        TopicWriter.send(Topics.CUSTOMER_EVENTS, customerId, consentEvent(customerId, status));
    }

    public static void erase(String customerId) {
        TopicWriter.send(Topics.CUSTOMER_EVENTS, customerId, CODEC.write(CODEC.wrap(EventTypes.CUSTOMER_ERASED, PROFILE,
                customerId, new CustomerErased(customerId, Instant.now()))));
    }

    private static String consentEvent(String customerId, ConsentStatus status) {
        return CODEC.write(CODEC.wrap(EventTypes.CONSENT_CHANGED, PROFILE, customerId,
                new ConsentChanged(customerId, ConsentPurpose.VALUES_SURVEY, status, "web", "privacy-2026", Instant.now())));
    }

    public static List<Map<String, Object>> answers(int[] ratings) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            answers.add(Map.of("item", String.valueOf(i + 1), "rating", ratings[i]));
        }
        return answers;
    }

    public static final String SUBMIT = """
            mutation Submit($input: SubmitSurveyResponseInput!) {
              submitSurveyResponse(input: $input) {
                duplicate
                response {
                  id customerId clientResponseId
                  profile {
                    instrument mrat
                    values { dimension raw centred }
                    higherOrder { dimension raw centred }
                    quality { answeredItems missingItems tooManyMissing straightLining tooFast flagged }
                  }
                }
              }
            }""";

    public static ValidatableResponse submit(String token, String surveyId, Map<String, Object> customer,
                                             List<Map<String, Object>> answers, String clientResponseId) {
        return GraphQl.post(token, SUBMIT, Map.of("input", input(surveyId, customer, answers, clientResponseId)));
    }

    /** A SubmitSurveyResponseInput (mutable: a test may change a field). */
    public static Map<String, Object> input(String surveyId, Map<String, Object> customer, List<Map<String, Object>> answers,
                                            String clientResponseId) {
        Map<String, Object> input = new HashMap<>();
        input.put("surveyId", surveyId);
        input.put("customer", customer);
        input.put("answers", answers);
        input.put("clientResponseId", clientResponseId);
        return input;
    }

    public static Map<String, Object> byId(String customerId) {
        return Map.of("id", customerId);
    }
}
