package io.motiv.profile.consent;

import io.motiv.events.CloudEvent;
import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.TestTokens;
import io.motiv.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "profile"))
@QuarkusTestResource(KafkaResource.class)
class ConsentGraphQlApiTest {

    private static final String RECORD = """
            mutation($input: RecordConsentInput!) { recordConsent(input: $input) { purpose status source legalTextVersion decidedAt } }""";
    private static final String CUSTOMER = """
            query($id: ID!) { customer(id: $id) { id consents { purpose status source } consentHistory { purpose status } } }""";

    private static final String RECORD_ALL = """
            mutation($inputs: [RecordConsentInput!]!) { recordConsents(inputs: $inputs) {
              recorded failed results { index consent { purpose status decidedAt } error { code message } } } }""";

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldRecordABatchOfDecisionsWithOneEventEach() {
        String first = registerCustomer();
        String second = registerCustomer();
        List<Map<String, Object>> batch = List.of(consent(first, "PROFILING", "GRANTED", null),
                consent(first, "VALUES_SURVEY", "GRANTED", null), consent(second, "PROFILING", "DENIED", null),
                consent(second, "VALUES_SURVEY", "GRANTED", "2026-01-10T09:00:00Z"));

        GraphQl.post(partner(), RECORD_ALL, Map.of("inputs", batch)).body("errors", nullValue())
                .body("data.recordConsents.recorded", equalTo(4))
                .body("data.recordConsents.failed", equalTo(0))
                .body("data.recordConsents.results.index", equalTo(List.of(0, 1, 2, 3)))
                .body("data.recordConsents.results.consent.status", equalTo(List.of("GRANTED", "GRANTED", "DENIED", "GRANTED")))
                .body("data.recordConsents.results[3].consent.decidedAt", equalTo("2026-01-10T09:00:00Z"));

        GraphQl.post(steward(), CUSTOMER, Map.of("id", second))
                .body("data.customer.consents.find { it.purpose == 'PROFILING' }.status", equalTo("DENIED"))
                .body("data.customer.consentHistory", hasSize(2));
        List<ConsentChanged> changes = TopicReader.read(Topics.CUSTOMER_EVENTS,
                        record -> (first.equals(record.key()) || second.equals(record.key()))
                                && record.value().contains(EventTypes.CONSENT_CHANGED.name()),
                        4, Duration.ofSeconds(30), Duration.ofSeconds(2)).stream()
                .map(record -> codec.payload(codec.read(record.value()), EventTypes.CONSENT_CHANGED)).toList();
        assertThat(changes).extracting(change -> change.customerId() + "/" + change.purpose() + "/" + change.status())
                .containsExactlyInAnyOrder(first + "/PROFILING/GRANTED", first + "/VALUES_SURVEY/GRANTED",
                        second + "/PROFILING/DENIED", second + "/VALUES_SURVEY/GRANTED");
    }

    @Test
    void shouldRecordTheValidItemsOfAMixedBatchAndReportEachFailureWithItsCode() {
        String customerId = registerCustomer();
        String unknown = UUID.randomUUID().toString();
        Map<String, Object> badSource = consent(customerId, "MARKETING", "GRANTED", null);
        badSource.put("source", "Web Shop");
        List<Map<String, Object>> batch = List.of(
                consent(customerId, "PROFILING", "GRANTED", null),
                consent("42", "PROFILING", "GRANTED", null),
                consent(unknown, "PROFILING", "GRANTED", null),
                badSource,
                consent(customerId, "MARKETING", "GRANTED", "2999-01-01T00:00:00Z"),
                // the same customer and purpose again, later in the batch: recorded after the first, so it is current
                consent(customerId, "PROFILING", "WITHDRAWN", null));

        GraphQl.post(steward(), RECORD_ALL, Map.of("inputs", batch)).body("errors", nullValue())
                .body("data.recordConsents.recorded", equalTo(2))
                .body("data.recordConsents.failed", equalTo(4))
                .body("data.recordConsents.results.index", equalTo(List.of(0, 1, 2, 3, 4, 5)))
                .body("data.recordConsents.results.collect { it.error?.code }", equalTo(java.util.Arrays.asList(null, "VALIDATION", "NOT_FOUND", "VALIDATION", "VALIDATION", null)))
                .body("data.recordConsents.results.collect { it.error?.message }", equalTo(java.util.Arrays.asList(null,
                        "customerId: not a valid id (expected a UUID)", "customer " + unknown + " does not exist",
                        "source: must be 1-64 lower-case letters, digits, '.', '_' or '-'", "decidedAt: is in the future", null)))
                .body("data.recordConsents.results[1].consent", nullValue())
                .body("data.recordConsents.results[5].consent.status", equalTo("WITHDRAWN"));

        GraphQl.post(steward(), CUSTOMER, Map.of("id", customerId))
                .body("data.customer.consents", hasSize(1))
                .body("data.customer.consents[0].status", equalTo("WITHDRAWN"))
                .body("data.customer.consentHistory.status", equalTo(List.of("WITHDRAWN", "GRANTED")));
        List<ConsentChanged> changes = TopicReader.read(Topics.CUSTOMER_EVENTS,
                        record -> customerId.equals(record.key()) && record.value().contains(EventTypes.CONSENT_CHANGED.name()),
                        2, Duration.ofSeconds(30), Duration.ofSeconds(3)).stream()
                .map(record -> codec.payload(codec.read(record.value()), EventTypes.CONSENT_CHANGED)).toList();
        assertThat(changes).extracting(ConsentChanged::status).containsExactly(ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN);
    }

    @Test
    void shouldRefuseABatchOverTheLimitAndViewers() {
        String customerId = registerCustomer();
        List<Map<String, Object>> tooMany = java.util.Collections.nCopies(1001, consent(customerId, "MARKETING", "GRANTED", null));
        GraphQl.post(partner(), RECORD_ALL, Map.of("inputs", tooMany))
                .body("data.recordConsents", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("inputs: a batch has 1 to 1000 decisions"));
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), RECORD_ALL,
                        Map.of("inputs", List.of(consent(customerId, "MARKETING", "GRANTED", null))))
                .body("data.recordConsents", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQl.post(steward(), CUSTOMER, Map.of("id", customerId)).body("data.customer.consentHistory", hasSize(0));
    }

    @Test
    void shouldKeepEveryDecisionAndShowTheNewestPerPurpose() {
        String customerId = registerCustomer();
        record(steward(), consent(customerId, "PROFILING", "GRANTED", "2026-01-10T09:00:00Z")).body("errors", nullValue());
        record(partner(), consent(customerId, "VALUES_SURVEY", "GRANTED", "2026-02-01T09:00:00Z")).body("errors", nullValue());
        // An older decision learnt late does not override the newer one.
        record(steward(), consent(customerId, "PROFILING", "DENIED", "2025-12-24T09:00:00Z")).body("errors", nullValue());
        GraphQl.post(steward(), "mutation($id: ID!) { objectToProfiling(customerId: $id, source: \"crm\", legalTextVersion: \"privacy-2026\") { status } }",
                Map.of("id", customerId)).body("data.objectToProfiling.status", equalTo("WITHDRAWN"));

        GraphQl.post(steward(), CUSTOMER, Map.of("id", customerId))
                .body("errors", nullValue())
                .body("data.customer.consents", hasSize(2))
                .body("data.customer.consents.find { it.purpose == 'PROFILING' }.status", equalTo("WITHDRAWN"))
                .body("data.customer.consents.find { it.purpose == 'VALUES_SURVEY' }.status", equalTo("GRANTED"))
                .body("data.customer.consentHistory", hasSize(4));
    }

    @Test
    void shouldPublishOneConsentChangedPerDecision() {
        String customerId = registerCustomer();
        record(partner(), consent(customerId, "VALUES_SURVEY", "GRANTED", null)).body("errors", nullValue());
        record(partner(), consent(customerId, "VALUES_SURVEY", "WITHDRAWN", null)).body("errors", nullValue());

        List<ConsumerRecord<String, String>> events = TopicReader.read(Topics.CUSTOMER_EVENTS,
                record -> customerId.equals(record.key()) && record.value().contains(EventTypes.CONSENT_CHANGED.name()),
                2, Duration.ofSeconds(30), Duration.ofSeconds(2));
        assertThat(events).hasSize(2);
        List<ConsentChanged> changes = events.stream().map(record -> {
            CloudEvent event = codec.read(record.value());
            return codec.payload(event, EventTypes.CONSENT_CHANGED);
        }).toList();
        assertThat(changes).extracting(ConsentChanged::purpose).containsOnly(ConsentPurpose.VALUES_SURVEY);
        assertThat(changes).extracting(ConsentChanged::status).containsExactly(ConsentStatus.GRANTED, ConsentStatus.WITHDRAWN);
        assertThat(changes.getFirst().legalTextVersion()).isEqualTo("privacy-2026");
    }

    @Test
    void shouldRejectInvalidDecisionsNamingTheField() {
        String customerId = registerCustomer();
        Map<String, Object> badSource = consent(customerId, "MARKETING", "GRANTED", null);
        badSource.put("source", "Web Shop");
        Map<String, Object> future = consent(customerId, "MARKETING", "GRANTED", "2999-01-01T00:00:00Z");
        String unknown = UUID.randomUUID().toString();

        error(record(steward(), badSource), "VALIDATION", "source: must be 1-64 lower-case letters, digits, '.', '_' or '-'");
        error(record(steward(), future), "VALIDATION", "decidedAt: is in the future");
        error(record(steward(), consent(unknown, "MARKETING", "GRANTED", null)), "NOT_FOUND", "customer " + unknown + " does not exist");
        error(record(steward(), consent("42", "MARKETING", "GRANTED", null)), "VALIDATION", "customerId: not a valid id (expected a UUID)");
        GraphQl.post(steward(), CUSTOMER, Map.of("id", customerId)).body("data.customer.consentHistory", hasSize(0));
    }

    @Test
    void shouldNotShowConsentsToViewers() {
        String customerId = registerCustomer();

        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), CUSTOMER, Map.of("id", customerId))
                .body("data.customer.id", equalTo(customerId))
                .body("data.customer.consents", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private static Map<String, Object> consent(String customerId, String purpose, String status, String decidedAt) {
        Map<String, Object> input = new HashMap<>(Map.of("customerId", customerId, "purpose", purpose, "status", status,
                "source", "web-signup", "legalTextVersion", "privacy-2026"));
        if (decidedAt != null) {
            input.put("decidedAt", decidedAt);
        }
        return input;
    }

    private static ValidatableResponse record(String token, Map<String, Object> input) {
        return GraphQl.post(token, RECORD, Map.of("input", input));
    }

    private static void error(ValidatableResponse response, String code, String message) {
        response.body("data.recordConsent", nullValue())
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", equalTo(message));
    }

    private static String registerCustomer() {
        return GraphQl.post(steward(), "mutation($r: String!) { registerCustomer(input: {externalRef: {source: \"shop\", ref: $r}, kind: PERSON}) { id } }",
                Map.of("r", "c-" + UUID.randomUUID())).extract().path("data.registerCustomer.id");
    }

    private static String steward() {
        return TestTokens.forRoles("steward-user", "steward");
    }

    private static String partner() {
        return TestTokens.forPartner("partner-demo");
    }
}
