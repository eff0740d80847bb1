package io.motiv.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.motiv.e2e.Gateway.Answer;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The journey through the gateway with real Keycloak tokens: a partner loads customers, consents, purchases and
 * values answers; an analyst segments, activates, fits CLV and values the segments; a steward reads the
 * cross-service customer view; roles are enforced; a steward's erasure reaches every service. The steps build on each
 * other, so they run in order and share state.
 */
@ExtendWith(MotivSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerJourneyTest {
    static final String DEMO_20 = "00000000-0000-4000-8000-000000000020";
    static final Duration EVENTS = Duration.ofSeconds(60);
    static final Duration POLL = Duration.ofMillis(300);

    MotivSuite.Running suite;
    Gateway gateway;
    Tokens tokens;
    Population population;
    final Map<String, String> customerIds = new LinkedHashMap<>(); // ref -> id
    String surveyId;
    String segmentationId;
    String runId;

    @BeforeAll
    void connect(MotivSuite.Running suite) {
        this.suite = suite;
        this.gateway = suite.gateway;
        this.tokens = suite.tokens;
        this.population = new Population("journey-" + Long.toString(System.currentTimeMillis(), 36));
    }

    @Test
    @Order(1)
    void aPartnerRegistersCustomersConsentsPurchasesAndValuesAnswers() {
        // surveys are created and published by analysts (and admins)
        surveyId = gateway.query(tokens.analyst(),
                        "mutation($i: ID!) { createSurvey(title: \"E2E values\", instrumentId: $i) { id status } }", Map.of("i", DEMO_20))
                .ok().path("createSurvey").path("id").asText();
        assertThat(gateway.query(tokens.analyst(), "mutation($id: ID!) { publishSurvey(id: $id) { status } }", Map.of("id", surveyId))
                .ok().path("publishSurvey").path("status").asText()).isEqualTo("PUBLISHED");
        JsonNode instrument = gateway.query(tokens.analyst(),
                "query($i: ID!) { instrument(id: $i) { scale { min max minMeansVeryMuchLikeMe } items { code dimension reverseCoded } } }",
                Map.of("i", DEMO_20)).ok().path("instrument");
        assertThat(instrument.path("items").size()).isEqualTo(20);

        String partner = tokens.partner();
        List<Map<String, Object>> inputs = population.members.stream().map(population::registration).toList();
        JsonNode registered = gateway.query(partner,
                "mutation($in: [RegisterCustomerInput!]!) { registerCustomers(inputs: $in) { registered failed results { index customer { id externalRef { ref } } error { code message } } } }",
                Map.of("in", inputs)).ok().path("registerCustomers");
        assertThat(registered.path("registered").asInt()).as(registered.toString()).isEqualTo(population.size());
        for (JsonNode result : registered.path("results")) {
            customerIds.put(result.path("customer").path("externalRef").path("ref").asText(), result.path("customer").path("id").asText());
        }

        // PROFILING (segmentation) and VALUES_SURVEY (answers) consents, 14 aliases per request (the gateway allows 15)
        List<Map<String, Object>> consents = new ArrayList<>();
        for (String id : customerIds.values()) {
            for (String purpose : List.of("PROFILING", "VALUES_SURVEY")) {
                consents.add(Map.of("customerId", id, "purpose", purpose, "status", "GRANTED", "source", "e2e",
                        "legalTextVersion", "privacy-2026"));
            }
        }
        for (List<Map<String, Object>> batch : chunks(consents, 14)) {
            JsonNode data = aliased(partner, "recordConsent", "RecordConsentInput!", batch, "status").ok();
            data.forEach(consent -> assertThat(consent.path("status").asText()).isEqualTo("GRANTED"));
        }

        List<Map<String, Object>> purchases = new ArrayList<>();
        for (Population.Member member : population.members) {
            purchases.addAll(population.purchases(member, customerIds.get(member.ref())));
        }
        JsonNode recorded = gateway.query(partner,
                "mutation($p: [PurchaseInput!]!) { recordPurchases(purchases: $p) { recorded duplicates rejected errors { index field message } } }",
                Map.of("p", purchases)).ok().path("recordPurchases");
        assertThat(recorded.path("recorded").asInt()).as(recorded.toString()).isEqualTo(purchases.size());

        // values answers: survey-service learns customers and consents from events, so an answer may meet NOT_FOUND or
        // CONSENT_REQUIRED for a moment; those are sent again (clientResponseId makes a resend safe)
        Map<String, Map<String, Object>> pending = new LinkedHashMap<>();
        for (Population.Member member : population.members) {
            pending.put(member.ref(), population.response(member, surveyId, instrument));
        }
        long deadline = System.nanoTime() + EVENTS.toNanos();
        while (!pending.isEmpty()) {
            List<String> refs = new ArrayList<>(pending.keySet());
            for (List<String> batch : chunks(refs, 15)) {
                Answer answer = aliased(partner, "submitSurveyResponse", "SubmitSurveyResponseInput!",
                        batch.stream().map(pending::get).toList(), "duplicate response { profile { quality { flagged } } }");
                Set<String> retry = new java.util.HashSet<>();
                for (JsonNode error : answer.errors()) {
                    String code = error.path("extensions").path("code").asText();
                    assertThat(code).as(answer.toString()).isIn("NOT_FOUND", "CONSENT_REQUIRED");
                    retry.add(error.path("path").path(0).asText());
                }
                for (int i = 0; i < batch.size(); i++) {
                    if (!retry.contains("a" + i)) {
                        assertThat(answer.data().path("a" + i).path("response").path("profile").path("quality").path("flagged").asBoolean())
                                .as("quality flag of " + batch.get(i)).isFalse();
                        pending.remove(batch.get(i));
                    }
                }
            }
            if (!pending.isEmpty()) {
                assertThat(System.nanoTime()).as("survey-service did not learn customers/consents in time: " + pending.keySet())
                        .isLessThan(deadline);
                MotivSuite.sleep(POLL.toMillis());
            }
        }
        JsonNode statistics = gateway.query(tokens.viewer(), "query($s: ID!) { surveyStatistics(surveyId: $s) { respondents } }",
                Map.of("s", surveyId)).ok();
        assertThat(statistics.path("surveyStatistics").path("respondents").asInt()).isEqualTo(population.size());
    }

    @Test
    @Order(2)
    void anAnalystSegmentsActivatesFitsClvAndValuesTheSegments() {
        String analyst = tokens.analyst();
        segmentationId = gateway.query(analyst,
                "mutation($n: String!) { defineSegmentation(input: { name: $n, featureSet: VALUES }) { id } }",
                Map.of("n", "E2E values " + population.runTag)).ok().path("defineSegmentation").path("id").asText();

        // The feature store fills from events; a run clusters whoever is known when it starts. Run until all are in.
        JsonNode run = Await.until("a run over the whole population", EVENTS, Duration.ofMillis(500), () -> {
            String id = gateway.query(tokens.analyst(),
                    "mutation($s: ID!) { startSegmentationRun(input: { segmentationId: $s, kMin: 2, kMax: 6, restarts: 5, seed: \"7\" }) { id status } }",
                    Map.of("s", segmentationId)).ok().path("startSegmentationRun").path("id").asText();
            return Await.until("run " + id + " to end", Duration.ofSeconds(120), POLL,
                    () -> gateway.query(tokens.analyst(),
                            "query($r: ID!) { segmentationRun(id: $r) { id status step reason k report { population { known included } recommendedK } segments { id size } } }",
                            Map.of("r", id)).ok().path("segmentationRun"),
                    r -> Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(r.path("status").asText()));
        }, r -> r.path("status").asText().equals("SUCCEEDED")
                && r.path("report").path("population").path("included").asInt() == population.size());
        runId = run.path("id").asText();
        assertThat(run.path("k").asInt()).as("k chosen from 2..6 for three clear archetypes: " + run).isEqualTo(3);
        List<Integer> sizes = new ArrayList<>();
        run.path("segments").forEach(s -> sizes.add(s.path("size").asInt()));
        assertThat(sizes).as("one segment per archetype").containsExactly(20, 20, 20);

        JsonNode activated = gateway.query(analyst, "mutation($r: ID!) { activateRun(runId: $r) { id activeRunId } }", Map.of("r", runId))
                .ok().path("activateRun");
        assertThat(activated.path("activeRunId").asText()).isEqualTo(runId);

        // CLV: valuation-service learns purchases from events; fit until the fit covers everyone
        String calibrationEnd = population.today.minusDays(1).toString();
        JsonNode model = Await.until("a CLV fit over all customers", EVENTS, Duration.ofMillis(500),
                () -> gateway.query(tokens.analyst(),
                        "mutation($e: Date!) { fitClvModel(input: { calibrationEnd: $e, timeUnit: WEEKS, horizonMonths: 12, currency: \"EUR\" }) { id status statusReason customers repeatCustomers flags } }",
                        Map.of("e", calibrationEnd)),
                a -> a.errors().isEmpty() && a.data().path("fitClvModel").path("customers").asInt() == population.size())
                .data().path("fitClvModel");
        assertThat(model.path("status").asText()).as(model.toString()).isEqualTo("FITTED");

        // segment valuation: valuation-service learns the activation and the memberships from events
        JsonNode valuations = Await.until("valuations covering every member", EVENTS, Duration.ofMillis(500),
                () -> gateway.query(tokens.analyst(),
                        "mutation($s: ID!) { valueSegments(segmentationId: $s, currency: \"EUR\") { segmentId rank customers revenue meanClv valueScore flags } }",
                        Map.of("s", segmentationId)),
                a -> a.errors().isEmpty() && sum(a.data().path("valueSegments"), "customers") == population.size())
                .data().path("valueSegments");
        assertThat(valuations.size()).isEqualTo(3);

        // a viewer reads the valued segments
        JsonNode segments = gateway.query(tokens.viewer(),
                "query($s: ID!) { segmentation(id: $s) { activeRunId segments { id displayName size valuation { rank valueScore revenue meanClv customers } } } segmentValuations(segmentationId: $s) { segmentId rank } }",
                Map.of("s", segmentationId)).ok();
        assertThat(segments.path("segmentation").path("activeRunId").asText()).isEqualTo(runId);
        List<Integer> ranks = new ArrayList<>();
        for (JsonNode segment : segments.path("segmentation").path("segments")) {
            JsonNode valuation = segment.path("valuation");
            assertThat(valuation.isObject()).as("valuation of " + segment).isTrue();
            assertThat(valuation.path("customers").asInt()).isEqualTo(20);
            assertThat(valuation.path("revenue").decimalValue()).isPositive();
            assertThat(valuation.path("meanClv").isNumber()).as("meanClv of " + segment).isTrue();
            ranks.add(valuation.path("rank").asInt());
        }
        assertThat(ranks).containsExactlyInAnyOrder(1, 2, 3);
        assertThat(segments.path("segmentValuations").size()).isEqualTo(3);
    }

    @Test
    @Order(3)
    void aStewardReadsTheCrossServiceCustomerView() throws Exception {
        String documentId = persistedDocumentId("query CustomerOverview");
        String id = customerIds.values().iterator().next();
        for (String who : List.of("steward", "admin")) {
            // segmentTags arrive in profile-service through events after the activation
            Answer answer = Await.until("the whole customer view for a " + who, EVENTS, POLL,
                    () -> gateway.post(tokens.get(who), Gateway.write(Map.of("documentId", documentId,
                            "variables", Map.of("id", id, "segmentationId", segmentationId)))),
                    a -> a.status() == 200 && a.data().path("customer").path("segmentTags").size() > 0);
            JsonNode customer = answer.ok().path("customer");
            assertThat(customer.path("id").asText()).isEqualTo(id);
            assertThat(customer.path("valuesProfile").path("higherOrder").size()).as(answer.toString()).isEqualTo(4);
            assertThat(customer.path("segment").path("id").asText()).as(answer.toString()).isNotEmpty();
            assertThat(customer.path("segmentTags").path(0).path("segmentId").asText()).isEqualTo(customer.path("segment").path("id").asText());
            assertThat(customer.path("segment").path("valuation").path("rank").isInt()).as(answer.toString()).isTrue();
            assertThat(customer.path("lifetimeValue").path("lifetimeValue").isNumber()).as(answer.toString()).isTrue();
            assertThat(customer.path("lifetimeValue").path("currency").asText()).isEqualTo("EUR");
        }
    }

    @Test
    @Order(4)
    void rolesAreEnforcedThroughTheGateway() {
        String id = customerIds.values().iterator().next();
        String ref = customerIds.keySet().iterator().next();
        String fields = "{ id kind person { name email birthDate } location { country postalCode } }";
        String personal = "query($id: ID!) { customer: customer(id: $id) " + fields + " }";
        // partners read the customers they know by their own reference, never by id
        String partnerPersonal = "query($ref: String!) { customer: customerByExternalRef(source: \"e2e\", ref: $ref) " + fields + " }";
        for (String who : List.of("viewer", "analyst", "partner")) {
            Answer answer = who.equals("partner")
                    ? gateway.query(tokens.partner(), partnerPersonal, Map.of("ref", ref))
                    : gateway.query(tokens.get(who), personal, Map.of("id", id));
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.data().path("customer").path("id").asText()).as(who + ": " + answer).isEqualTo(id);
            for (String field : List.of("name", "email", "birthDate", "postalCode")) {
                assertThat(answer.codesAt(field)).as(who + " reading " + field + ": " + answer).containsExactly("FORBIDDEN");
            }
            assertThat(answer.data().path("customer").path("person").path("name").isNull()).isTrue();
            assertThat(answer.data().path("customer").path("location").path("country").asText()).isEqualTo("DE");
        }
        Answer partnerById = gateway.query(tokens.partner(), personal, Map.of("id", id));
        assertThat(partnerById.codes()).as(partnerById.toString()).containsExactly("FORBIDDEN");
        Answer steward = gateway.query(tokens.steward(), personal, Map.of("id", id));
        assertThat(steward.ok().path("customer").path("person").path("name").asText()).startsWith("E2E Person");

        Answer viewerValues = gateway.query(tokens.viewer(), "query($id: ID!) { customer(id: $id) { id valuesProfile { instrument } } }", Map.of("id", id));
        assertThat(viewerValues.codesAt("valuesProfile")).as(viewerValues.toString()).containsExactly("FORBIDDEN");

        Answer run = gateway.query(tokens.partner(),
                "mutation($s: ID!) { startSegmentationRun(input: { segmentationId: $s, k: 3 }) { id } }", Map.of("s", segmentationId));
        assertThat(run.codes()).as(run.toString()).containsExactly("FORBIDDEN");
        assertThat(run.data().path("startSegmentationRun").isMissingNode() || run.data().path("startSegmentationRun").isNull()).isTrue();

        Answer viewerRun = gateway.query(tokens.viewer(),
                "mutation($s: ID!) { startSegmentationRun(input: { segmentationId: $s, k: 3 }) { id } }", Map.of("s", segmentationId));
        assertThat(viewerRun.codes()).as(viewerRun.toString()).containsExactly("FORBIDDEN");
        Answer viewerErase = gateway.query(tokens.viewer(), "mutation($id: ID!) { eraseCustomer(id: $id) { erasedAt } }", Map.of("id", id));
        assertThat(viewerErase.codes()).as(viewerErase.toString()).containsExactly("FORBIDDEN");
    }

    @Test
    @Order(5)
    void aStewardsErasureReachesEveryServiceWithinSeconds() {
        Population.Member member = population.members.get(1);
        String id = customerIds.get(member.ref());
        // before: every service holds something about the customer
        assertThat(traces(id)).as("what the services hold before the erasure").containsOnlyKeys("survey.valuesProfile",
                "survey.surveyResponses", "segmentation.segment", "valuation.lifetimeValue");

        JsonNode erasure = gateway.query(tokens.steward(), "mutation($id: ID!) { eraseCustomer(id: $id) { customerId erasedAt } }",
                Map.of("id", id)).ok().path("eraseCustomer");
        assertThat(erasure.path("customerId").asText()).isEqualTo(id);
        long erased = System.nanoTime();

        // profile-service at once, through the gateway
        JsonNode byId = gateway.query(tokens.steward(), "query($id: ID!) { customer(id: $id) { id person { name } } }",
                Map.of("id", id)).ok();
        assertThat(byId.path("customer").isNull()).as(byId.toString()).isTrue();
        JsonNode byRef = gateway.query(tokens.steward(), "query($ref: String!) { customerByExternalRef(source: \"e2e\", ref: $ref) { id } }",
                Map.of("ref", member.ref())).ok();
        assertThat(byRef.path("customerByExternalRef").isNull()).as(byRef.toString()).isTrue();
        Answer export = gateway.query(tokens.steward(), "query($id: ID!) { exportCustomerData(id: $id) { json } }", Map.of("id", id));
        assertThat(export.data().path("exportCustomerData").path("json").asText("")).as(export.toString()).doesNotContain("E2E Person");

        // the other services through CustomerErased: nothing personal within seconds
        Await.until("survey-, segmentation- and valuation-service to forget customer " + id, Duration.ofSeconds(20), POLL,
                () -> traces(id), Map::isEmpty);
        MotivSuite.log("erasure reached every service in " + Duration.ofNanos(System.nanoTime() - erased).toMillis() + " ms");

        // and the partner's lookup by external reference finds nothing either
        JsonNode partner = gateway.query(tokens.partner(),
                "query($ref: String!) { customerByExternalRef(source: \"e2e\", ref: $ref) { id segmentTags { segmentId } } }",
                Map.of("ref", member.ref())).ok();
        assertThat(partner.path("customerByExternalRef").isNull()).isTrue();
    }

    @Test
    @Order(6)
    void shouldAnswerTwoProfileRootFieldsInOneQuery() {
        // Any client may ask for two profile-service root fields in one document; the gateway sends them to
        // profile-service in one request, where both resolve on the same Hibernate Reactive session.
        Population.Member member = population.members.get(2);
        String id = customerIds.get(member.ref());
        for (int attempt = 0; attempt < 5; attempt++) {
            Answer answer = gateway.query(tokens.steward(),
                    "query($id: ID!, $ref: String!) { customer(id: $id) { id } customerByExternalRef(source: \"e2e\", ref: $ref) { id } }",
                    Map.of("id", id, "ref", member.ref()));
            JsonNode data = answer.ok();
            assertThat(data.path("customer").path("id").asText()).isEqualTo(id);
            assertThat(data.path("customerByExternalRef").path("id").asText()).isEqualTo(id);
        }
    }

    @Test
    @Order(7)
    void shouldFollowOneTraceFromASurveyAnswerToTheSegmentTag() {
        // a partner's request arrives with its own W3C trace context; the answer is scored (survey-service), the
        // values event reaches segmentation-service, whose live assignment's event reaches profile-service
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
        Population.Member member = population.members.get(3);
        JsonNode instrument = gateway.query(tokens.analyst(),
                "query($i: ID!) { instrument(id: $i) { scale { min max minMeansVeryMuchLikeMe } items { code dimension reverseCoded } } }",
                Map.of("i", DEMO_20)).ok().path("instrument");
        Map<String, Object> response = new LinkedHashMap<>(population.response(member, surveyId, instrument));
        response.put("clientResponseId", member.ref() + "-values-traced");
        Answer answer = gateway.post(tokens.partner(), Gateway.write(Map.of(
                        "query", "mutation($in: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $in) { duplicate } }",
                        "variables", Map.of("in", response))),
                Map.of("traceparent", traceparent));
        assertThat(answer.ok().path("submitSurveyResponse").path("duplicate").asBoolean()).as(answer.toString()).isFalse();

        List<String> processes = List.of("motiv-gateway", "survey-service", "segmentation-service", "profile-service");
        Set<String> traced = Await.until("spans of trace " + traceId + " from " + processes, EVENTS, POLL,
                () -> suite.traces.servicesWithTrace(traceId, processes), found -> found.size() == processes.size());
        assertThat(traced).containsExactlyInAnyOrderElementsOf(processes);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new java.security.SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /**
     * What survey-, segmentation- and valuation-service still return for a customer, asked on each service's own
     * /graphql as the gateway asks them ({@code _entities}), with a steward token: field -> value, non-null ones only.
     */
    private Map<String, JsonNode> traces(String customerId) {
        Map<String, Object> representations = Map.of("r", List.of(Map.of("__typename", "Customer", "id", customerId)));
        Map<String, String> selections = Map.of(
                "survey", "valuesProfile { instrument } surveyResponses(first: 5) { totalCount }",
                "segmentation", "segment(segmentationId: \"" + segmentationId + "\") { id }",
                "valuation", "lifetimeValue { lifetimeValue }");
        Map<String, JsonNode> found = new HashMap<>();
        selections.forEach((service, selection) -> {
            Answer answer = new Gateway(suite.serviceUrl(service)).query(tokens.steward(),
                    "query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { " + selection + " } } }", representations);
            assertThat(answer.status()).as(service + ": " + answer).isEqualTo(200);
            for (String code : answer.codes()) {
                assertThat(code).as(service + ": " + answer).isIn("NOT_FOUND");
            }
            JsonNode entity = answer.data().path("_entities").path(0);
            entity.fields().forEachRemaining(field -> {
                JsonNode value = field.getValue();
                boolean empty = value.isNull() || (value.has("totalCount") && value.path("totalCount").asInt() == 0);
                if (!empty) {
                    found.put(service + "." + field.getKey(), value);
                }
            });
        });
        return found;
    }

    private Answer aliased(String token, String field, String inputType, List<Map<String, Object>> inputs, String selection) {
        StringBuilder declarations = new StringBuilder();
        StringBuilder body = new StringBuilder();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            declarations.append(i == 0 ? "" : ", ").append("$i").append(i).append(": ").append(inputType);
            body.append(" a").append(i).append(": ").append(field).append("(input: $i").append(i).append(") { ").append(selection).append(" }");
            variables.put("i" + i, inputs.get(i));
        }
        return gateway.query(token, "mutation(" + declarations + ") {" + body + " }", variables);
    }

    private String persistedDocumentId(String startsWith) throws Exception {
        JsonNode documents = Gateway.JSON.readTree(Files.readString(suite.repo.resolve("deploy/gateway/persisted-documents.json")));
        for (var it = documents.fields(); it.hasNext(); ) {
            var entry = it.next();
            if (entry.getValue().asText().contains(startsWith)) {
                return entry.getKey();
            }
        }
        throw new AssertionError("no persisted document with " + startsWith);
    }

    static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            chunks.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return chunks;
    }

    static int sum(JsonNode array, String field) {
        int sum = 0;
        for (JsonNode node : array) {
            sum += node.path(field).asInt();
        }
        return sum;
    }
}
