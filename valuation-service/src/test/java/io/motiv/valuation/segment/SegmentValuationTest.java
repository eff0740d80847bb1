package io.motiv.valuation.segment;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.PurchaseRecorded;
import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.events.valuation.SegmentValuated;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.Sql;
import io.motiv.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.motiv.valuation.support.ValuationFixtures.analyst;
import static io.motiv.valuation.support.ValuationFixtures.event;
import static io.motiv.valuation.support.ValuationFixtures.fit;
import static io.motiv.valuation.support.ValuationFixtures.newCustomers;
import static io.motiv.valuation.support.ValuationFixtures.partner;
import static io.motiv.valuation.support.ValuationFixtures.purchase;
import static io.motiv.valuation.support.ValuationFixtures.sendActivation;
import static io.motiv.valuation.support.ValuationFixtures.sendAssignments;
import static io.motiv.valuation.support.ValuationFixtures.sendErasure;
import static io.motiv.valuation.support.ValuationFixtures.sendPurchases;
import static io.motiv.valuation.support.ValuationFixtures.simulated;
import static io.motiv.valuation.support.ValuationFixtures.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "valuation"))
@QuarkusTestResource(KafkaResource.class)
class SegmentValuationTest {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);
    static final String VALUE = """
            mutation Value($s: ID!, $end: Date, $currency: String) {
              valueSegments(segmentationId: $s, periodEnd: $end, periodMonths: 12, currency: $currency) {
                id segmentId segmentLabel runId customers buyers orders revenue previousRevenue revenueShare averageOrderValue
                purchaseFrequency meanRecencyDays repeatRate retentionRate churnRisk meanClv totalClv clvCoverage salesGrowth
                marketPotential valueScore rank flags periodStart periodEnd currency clvModelId
              }
            }""";
    private static final String MARKET = """
            mutation Market($g: ID!, $m: BigDecimal!, $gr: Float!, $c: Float!) {
              setSegmentMarketInputs(segmentId: $g, addressableMarket: $m, growthRate: $gr, competitionIndex: $c) {
                segmentId addressableMarket growthRate competitionIndex
              }
            }""";

    @Inject
    DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldValueSegmentsWhenAssignmentsArrive() {
        String segmentation = UUID.randomUUID().toString();
        String run = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String empty = UUID.randomUUID().toString();
        List<String> inA = newCustomers(4);
        List<String> inB = newCustomers(4);
        List<PurchaseRecorded> purchases = new ArrayList<>();
        for (String customer : inA) {
            purchases.add(purchase(customer, "SVB", LocalDate.parse("2024-06-01"), "100.00", null));
            purchases.add(purchase(customer, "SVB", LocalDate.parse("2025-03-01"), "150.00", null));
            purchases.add(purchase(customer, "SVB", LocalDate.parse("2025-09-01"), "150.00", null));
        }
        purchases.add(purchase(inA.get(0), "SVB", LocalDate.parse("2025-09-02"), "-50.00", null));
        for (int i = 0; i < inB.size(); i++) {
            purchases.add(purchase(inB.get(i), "SVB", LocalDate.parse("2024-06-01"), "50.00", null));
            if (i < 2) {
                purchases.add(purchase(inB.get(i), "SVB", LocalDate.parse("2025-05-01"), "40.00", null));
            }
        }
        sendPurchases(purchases);
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(a, "Open achievers");
        labels.put(b, "Careful traditionalists");
        labels.put(empty, "Nobody");
        sendActivation(segmentation, run, labels);
        Instant assignedAt = Instant.parse("2026-01-02T10:00:00Z");
        Map<String, String> assignments = new HashMap<>();
        inA.forEach(customer -> assignments.put(customer, a));
        inB.forEach(customer -> assignments.put(customer, b));
        sendAssignments(segmentation, run, assignedAt, assignments);
        // A stale assignment of an older run arrives late, followed by a sentinel on the same partition.
        String stale = event(EventTypes.CUSTOMER_SEGMENT_ASSIGNED, "/motiv/segmentation-service", inB.get(0),
                new CustomerSegmentAssigned(inB.get(0), segmentation, UUID.randomUUID().toString(), a, "old", null,
                        assignedAt.minusSeconds(3600)));
        String sentinelCustomer = UUID.randomUUID().toString();
        String sentinel = event(EventTypes.CUSTOMER_SEGMENT_ASSIGNED, "/motiv/segmentation-service", sentinelCustomer,
                new CustomerSegmentAssigned(sentinelCustomer, UUID.randomUUID().toString(), run, b, "other", null, assignedAt));
        io.motiv.testing.TopicWriter.send(Topics.SEGMENTATION_EVENTS, inB.get(0), stale, sentinel);

        await().atMost(EVENTS).untilAsserted(() -> {
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase_fact WHERE currency = 'SVB'")).isEqualTo(purchases.size());
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_membership WHERE segmentation_id = ?", segmentation)).isEqualTo(8);
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_membership WHERE customer_id = ?::uuid", sentinelCustomer)).isEqualTo(1);
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment WHERE segmentation_id = ?", segmentation)).isEqualTo(3);
        });
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_membership WHERE customer_id = ?::uuid AND segment_id = ?",
                inB.get(0), b)).as("the newest assignment wins").isEqualTo(1);

        market(analyst(), a, "10000", 0.1, 0.5).statusCode(200).body("errors", nullValue())
                .body("data.setSegmentMarketInputs.competitionIndex", equalTo(0.5f));

        JsonPath valued = value(analyst(), segmentation, "SVB").statusCode(200).body("errors", nullValue())
                .extract().jsonPath().using(DOUBLES);
        List<Map<String, Object>> rows = valued.getList("data.valueSegments");
        assertThat(rows).extracting(row -> row.get("segmentId")).containsExactly(a, b, empty);
        String top = "data.valueSegments[0].";
        assertThat(valued.getDouble(top + "customers")).isEqualTo(4.0);
        assertThat(valued.getDouble(top + "orders")).isEqualTo(8.0);
        assertThat(valued.getDouble(top + "revenue")).isEqualTo(1150.0);
        assertThat(valued.getDouble(top + "previousRevenue")).isEqualTo(400.0);
        assertThat(valued.getDouble(top + "revenueShare")).isCloseTo(1150.0 / 1230, within(1e-9));
        assertThat(valued.getDouble(top + "averageOrderValue")).isCloseTo(143.75, within(1e-9));
        assertThat(valued.getDouble(top + "purchaseFrequency")).isCloseTo(2.0, within(1e-9));
        assertThat(valued.getDouble(top + "repeatRate")).isCloseTo(1.0, within(1e-9));
        assertThat(valued.getDouble(top + "retentionRate")).isCloseTo(1.0, within(1e-9));
        assertThat(valued.getDouble(top + "salesGrowth")).isCloseTo(1.875, within(1e-9));
        assertThat(valued.getDouble(top + "meanRecencyDays")).isCloseTo(121.5, within(1e-6));
        assertThat(valued.getDouble(top + "marketPotential")).isCloseTo((10000 - 1150) * 1.1 * 0.5, within(1e-6));
        assertThat(valued.getDouble(top + "valueScore")).isCloseTo(1.0, within(1e-9));
        assertThat(valued.getString(top + "segmentLabel")).isEqualTo("Open achievers");
        assertThat(valued.getString(top + "periodStart")).isEqualTo("2025-01-01");
        assertThat(valued.getList(top + "flags", String.class)).contains("NO_CLV_MODEL").doesNotContain("NO_MARKET_INPUTS");

        String second = "data.valueSegments[1].";
        assertThat(valued.getDouble(second + "buyers")).isEqualTo(2.0);
        assertThat(valued.getDouble(second + "retentionRate")).isCloseTo(0.5, within(1e-9));
        assertThat(valued.getDouble(second + "repeatRate")).isCloseTo(0.0, within(1e-9));
        assertThat(valued.getDouble(second + "salesGrowth")).isCloseTo(-0.6, within(1e-9));
        assertThat(valued.getDouble(second + "meanRecencyDays")).isCloseTo(411.5, within(1e-6));
        assertThat(valued.getDouble(second + "valueScore")).isCloseTo((0.25 * 80 / 1150 + 0.15 * 0.2) / 0.40, within(1e-9));
        assertThat(valued.getString(second + "marketPotential")).isNull();

        String last = "data.valueSegments[2].";
        assertThat(valued.getDouble(last + "customers")).isZero();
        assertThat(valued.getDouble(last + "valueScore")).isZero();
        assertThat(valued.getDouble(last + "rank")).isEqualTo(3.0);
        assertThat(valued.getString(last + "averageOrderValue")).isNull();
        assertThat(valued.getList(last + "flags", String.class)).contains("EMPTY_SEGMENT");

        List<ConsumerRecord<String, String>> events = TopicReader.read(Topics.VALUATION_EVENTS,
                record -> List.of(a, b, empty).contains(record.key()), 3, EVENTS, Duration.ofSeconds(1));
        assertThat(events).hasSize(3);
        SegmentValuated valuatedA = events.stream().filter(record -> record.key().equals(a))
                .map(record -> codec.payload(codec.read(record.value()), EventTypes.SEGMENT_VALUATED)).findFirst().orElseThrow();
        assertThat(valuatedA.customers()).isEqualTo(4);
        assertThat(valuatedA.revenue()).isEqualByComparingTo(new BigDecimal("1150.00"));
        assertThat(valuatedA.currency()).isEqualTo("SVB");
        assertThat(valuatedA.runId()).isEqualTo(run);

        String secondId = value(analyst(), segmentation, "SVB").statusCode(200).body("errors", nullValue())
                .extract().jsonPath().getString("data.valueSegments[0].id");
        GraphQl.post(viewer(), "query($s: ID!) { segmentValuations(segmentationId: $s) { id segmentId rank } }", Map.of("s", segmentation))
                .statusCode(200).body("errors", nullValue())
                .body("data.segmentValuations[0].id", equalTo(secondId))
                .body("data.segmentValuations.size()", equalTo(3));
        GraphQl.post(viewer(), "query($g: ID!) { valuationHistory(segmentId: $g, first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } }",
                        Map.of("g", a))
                .statusCode(200).body("errors", nullValue())
                .body("data.valuationHistory.totalCount", equalTo(2))
                .body("data.valuationHistory.edges[0].node.id", equalTo(secondId))
                .body("data.valuationHistory.pageInfo.hasNextPage", equalTo(true));
        GraphQl.post(viewer(), "query($r: [_Any!]!) { _entities(representations: $r) { ... on Segment { id valuation { id rank } marketInputs { addressableMarket } } } }",
                        Map.of("r", List.of(Map.of("__typename", "Segment", "id", a))))
                .statusCode(200).body("errors", nullValue())
                .body("data._entities[0].valuation.id", equalTo(secondId))
                .body("data._entities[0].marketInputs.addressableMarket", equalTo(10000.0f));
    }

    @Test
    void shouldTakeChurnRiskAndClvFromTheNewestModelAndEraseCustomersButNotAggregates() {
        String segmentation = UUID.randomUUID().toString();
        String run = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        List<String> customers = newCustomers(400);
        List<PurchaseRecorded> purchases = simulated(customers, "SVA", LocalDate.parse("2024-07-01"), LocalDate.parse("2025-12-31"), 11);
        sendPurchases(purchases);
        Map<String, String> assignments = new HashMap<>();
        for (int i = 0; i < customers.size(); i++) {
            assignments.put(customers.get(i), i < 200 ? a : b);
        }
        sendAssignments(segmentation, run, Instant.parse("2026-01-02T10:00:00Z"), assignments);
        await().atMost(EVENTS).untilAsserted(() -> {
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase_fact WHERE currency = 'SVA'")).isEqualTo(purchases.size());
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_membership WHERE segmentation_id = ?", segmentation)).isEqualTo(400);
        });
        String model = fit(analyst(), "2025-12-31", "SVA").statusCode(200).body("errors", nullValue())
                .body("data.fitClvModel.status", equalTo("FITTED"))
                .extract().jsonPath().getString("data.fitClvModel.id");

        JsonPath valued = value(analyst(), segmentation, "SVA").statusCode(200).body("errors", nullValue())
                .extract().jsonPath().using(DOUBLES);
        for (int i = 0; i < 2; i++) {
            String row = "data.valueSegments[" + i + "].";
            assertThat(valued.getString(row + "clvModelId")).isEqualTo(model);
            assertThat(valued.getDouble(row + "customers")).isEqualTo(200.0);
            assertThat(valued.getDouble(row + "clvCoverage")).isEqualTo(1.0);
            assertThat(valued.getDouble(row + "churnRisk")).isBetween(0.0, 1.0);
            assertThat(valued.getDouble(row + "totalClv")).isPositive();
            assertThat(valued.getDouble(row + "meanClv") * 200).isCloseTo(valued.getDouble(row + "totalClv"), within(1e-6));
            assertThat(valued.getDouble(row + "valueScore")).isBetween(0.0, 1.0);
        }
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_valuation WHERE segmentation_id = ?", segmentation)).isEqualTo(2);

        String erased = customers.get(0);
        sendErasure(erased);
        await().atMost(EVENTS).untilAsserted(() -> {
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase_fact WHERE customer_id = ?::uuid", erased)).isZero();
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM clv_prediction WHERE customer_id = ?::uuid", erased)).isZero();
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_membership WHERE customer_id = ?::uuid", erased)).isZero();
        });
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_valuation WHERE segmentation_id = ? AND customers = 200",
                segmentation)).as("aggregates stay").isEqualTo(2);

        // A replayed purchase of the erased customer is not stored again (a sentinel on the same partition shows it was read).
        String sentinel = UUID.randomUUID().toString();
        io.motiv.testing.TopicWriter.send(Topics.PURCHASE_EVENTS, erased,
                event(EventTypes.PURCHASE_RECORDED, "/motiv/profile-service", erased, purchases.getFirst()),
                event(EventTypes.PURCHASE_RECORDED, "/motiv/profile-service", sentinel,
                        purchase(sentinel, "SVZ", LocalDate.parse("2025-01-01"), "1.00", null)));
        await().atMost(EVENTS).untilAsserted(() ->
                assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase_fact WHERE customer_id = ?::uuid", sentinel)).isEqualTo(1));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase_fact WHERE customer_id = ?::uuid", erased)).isZero();
    }

    @Test
    void shouldRejectUnknownSegmentationsAndSegmentsAndBadMarketInputs() {
        String unknown = UUID.randomUUID().toString();
        value(analyst(), unknown, "SVB").statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("segmentation " + unknown + " does not exist"));
        GraphQl.post(viewer(), "query($s: ID!) { segmentValuations(segmentationId: $s) { id } }", Map.of("s", unknown))
                .statusCode(200).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        market(analyst(), unknown, "100", 0.1, 0.2).statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        market(analyst(), unknown, "100", 0.1, 1.5).statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", startsWith("competitionIndex"));
        market(analyst(), unknown, "-1", 0.1, 0.5).statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", startsWith("addressableMarket"));
        value(analyst(), "not-a-uuid", "SVB").statusCode(200).body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void shouldLetOnlyAnalystsAndAboveValueSegmentsAndSetMarketInputs() {
        for (String token : List.of(viewer(), partner())) {
            value(token, UUID.randomUUID().toString(), "SVB").statusCode(200)
                    .body("data.valueSegments", nullValue())
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
            market(token, UUID.randomUUID().toString(), "100", 0.1, 0.2).statusCode(200)
                    .body("data.setSegmentMarketInputs", nullValue())
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }
        GraphQl.post(partner(), "query($s: ID!) { segmentValuations(segmentationId: $s) { id } }", Map.of("s", UUID.randomUUID().toString()))
                .statusCode(200).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    static ValidatableResponse value(String token, String segmentation, String currency) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("s", segmentation);
        variables.put("end", "2025-12-31");
        variables.put("currency", currency);
        return GraphQl.post(token, VALUE, variables);
    }

    static ValidatableResponse market(String token, String segment, String addressable, double growth, double competition) {
        return GraphQl.post(token, MARKET, Map.of("g", segment, "m", new BigDecimal(addressable), "gr", growth, "c", competition));
    }
}
