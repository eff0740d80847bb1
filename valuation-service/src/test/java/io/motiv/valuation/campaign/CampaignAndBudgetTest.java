package io.motiv.valuation.campaign;

import io.motiv.events.profile.PurchaseRecorded;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.Sql;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.motiv.valuation.support.ValuationFixtures.analyst;
import static io.motiv.valuation.support.ValuationFixtures.partner;
import static io.motiv.valuation.support.ValuationFixtures.purchase;
import static io.motiv.valuation.support.ValuationFixtures.sendAssignments;
import static io.motiv.valuation.support.ValuationFixtures.sendPurchases;
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
class CampaignAndBudgetTest {

    private static final Duration EVENTS = Duration.ofSeconds(60);
    private static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);
    private static final String CREATE = """
            mutation Create($input: CreateCampaignInput!) {
              createCampaign(input: $input) { id segmentId cost currency attributedRevenue attributedOrders roi }
            }""";
    private static final String ALLOCATE = """
            mutation Allocate($s: ID!, $budget: BigDecimal!, $min: Float!, $max: Float!) {
              allocateBudget(segmentationId: $s, budget: $budget, objective: REVENUE, minShare: $min, maxShare: $max) {
                currency expectedReturn lines { segmentId rank objectiveValue share amount returnOnSpend expectedReturn }
              }
            }""";

    @Inject
    DataSource dataSource;

    @Test
    void shouldAttributeCampaignRevenueAndAllocateABudgetByExpectedValue() {
        String segmentation = UUID.randomUUID().toString();
        String run = UUID.randomUUID().toString();
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String a1 = UUID.randomUUID().toString();
        String a2 = UUID.randomUUID().toString();
        String b1 = UUID.randomUUID().toString();
        sendAssignments(segmentation, run, Instant.parse("2026-01-02T10:00:00Z"), Map.of(a1, a, a2, a, b1, b));
        await().atMost(EVENTS).untilAsserted(() -> assertThat(Sql.count(dataSource,
                "SELECT count(*) FROM segment_membership WHERE segmentation_id = ?", segmentation)).isEqualTo(3));

        String campaign = create(analyst(), a, "100").statusCode(200).body("errors", nullValue())
                .body("data.createCampaign.attributedOrders", equalTo(0))
                .body("data.createCampaign.roi", equalTo(-1.0f))
                .extract().jsonPath().getString("data.createCampaign.id");
        List<PurchaseRecorded> purchases = List.of(
                purchase(a1, "CPA", LocalDate.parse("2025-06-10"), "300.00", campaign),
                purchase(a2, "CPA", LocalDate.parse("2025-06-12"), "300.00", campaign),
                purchase(a2, "CPA", LocalDate.parse("2025-06-15"), "-50.00", campaign),
                purchase(a1, "CPA", LocalDate.parse("2025-08-01"), "200.00", campaign),
                purchase(b1, "CPA", LocalDate.parse("2025-07-01"), "100.00", null));
        sendPurchases(purchases);
        await().atMost(EVENTS).untilAsserted(() -> assertThat(Sql.count(dataSource,
                "SELECT count(*) FROM purchase_fact WHERE currency = 'CPA'")).isEqualTo(purchases.size()));

        JsonPath found = GraphQl.post(viewer(), "query($id: ID!) { campaign(id: $id) { attributedRevenue attributedOrders roi } }",
                Map.of("id", campaign)).statusCode(200).body("errors", nullValue()).extract().jsonPath().using(DOUBLES);
        assertThat(found.getDouble("data.campaign.attributedRevenue")).as("in the period, refund netted").isEqualTo(550.0);
        assertThat(found.getDouble("data.campaign.attributedOrders")).isEqualTo(2.0);
        assertThat(found.getDouble("data.campaign.roi")).isCloseTo(4.5, within(1e-9));
        GraphQl.post(viewer(), "query($r: [_Any!]!) { _entities(representations: $r) { ... on Segment { campaignRoi { campaigns cost attributedRevenue roi } } } }",
                        Map.of("r", List.of(Map.of("__typename", "Segment", "id", a))))
                .statusCode(200).body("errors", nullValue())
                .body("data._entities[0].campaignRoi[0].campaigns", equalTo(1))
                .body("data._entities[0].campaignRoi[0].roi", equalTo(4.5f));

        Map<String, Object> value = new HashMap<>();
        value.put("s", segmentation);
        value.put("end", "2025-12-31");
        value.put("currency", "CPA");
        GraphQl.post(analyst(), "mutation($s: ID!, $end: Date, $currency: String) { valueSegments(segmentationId: $s, periodEnd: $end, currency: $currency) { segmentId revenue } }",
                value).statusCode(200).body("errors", nullValue());

        JsonPath allocation = allocate(analyst(), segmentation, "1000", 0.2, 0.7).statusCode(200).body("errors", nullValue())
                .extract().jsonPath().using(DOUBLES);
        String p = "data.allocateBudget.";
        assertThat(allocation.getString(p + "lines[0].segmentId")).isEqualTo(a);
        assertThat(allocation.getDouble(p + "lines[0].objectiveValue")).isEqualTo(750.0);
        assertThat(allocation.getDouble(p + "lines[0].share")).isCloseTo(0.7, within(1e-9));
        assertThat(allocation.getDouble(p + "lines[0].amount")).isEqualTo(700.0);
        assertThat(allocation.getDouble(p + "lines[0].returnOnSpend")).isCloseTo(5.5, within(1e-9));
        assertThat(allocation.getDouble(p + "lines[0].expectedReturn")).isEqualTo(3850.0);
        assertThat(allocation.getDouble(p + "lines[1].amount")).isEqualTo(300.0);
        assertThat(allocation.getDouble(p + "lines[1].expectedReturn")).as("no own campaign: the segmentation's rate").isEqualTo(1650.0);
        assertThat(allocation.getDouble(p + "expectedReturn")).isEqualTo(5500.0);

        allocate(analyst(), segmentation, "1000", 0.6, 1).statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION")).body("errors[0].message", startsWith("minShare"));
        allocate(analyst(), segmentation, "1000", 0, 0.4).statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION")).body("errors[0].message", startsWith("maxShare"));
        allocate(analyst(), segmentation, "0", 0, 1).statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION")).body("errors[0].message", startsWith("budget"));
        allocate(analyst(), UUID.randomUUID().toString(), "1000", 0, 1).statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        create(analyst(), UUID.randomUUID().toString(), "10").statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        create(analyst(), a, "-1").statusCode(200)
                .body("errors[0].extensions.code", equalTo("VALIDATION")).body("errors[0].message", startsWith("cost"));
    }

    @Test
    void shouldLetOnlyAnalystsAndAboveCreateCampaignsAndAllocateBudgets() {
        for (String token : List.of(viewer(), partner())) {
            create(token, UUID.randomUUID().toString(), "10").statusCode(200)
                    .body("data.createCampaign", nullValue())
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
            allocate(token, UUID.randomUUID().toString(), "10", 0, 1).statusCode(200)
                    .body("data.allocateBudget", nullValue())
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }
    }

    @Test
    void shouldAnswerSeveralRootFieldsOfOneRequest() {
        String segmentation = UUID.randomUUID().toString();
        String segment = UUID.randomUUID().toString();
        sendAssignments(segmentation, UUID.randomUUID().toString(), Instant.parse("2026-01-02T10:00:00Z"),
                Map.of(UUID.randomUUID().toString(), segment));
        await().atMost(EVENTS).untilAsserted(() -> assertThat(Sql.count(dataSource,
                "SELECT count(*) FROM segment_membership WHERE segmentation_id = ?", segmentation)).isEqualTo(1));
        String campaign = create(analyst(), segment, "100").statusCode(200).body("errors", nullValue())
                .extract().jsonPath().getString("data.createCampaign.id");
        Map<String, Object> unknownModel = Map.of("__typename", "ClvModel", "id", UUID.randomUUID().toString());

        // The gateway sends all of a document's valuation-service root fields in one request; they resolve concurrently.
        for (int attempt = 0; attempt < 5; attempt++) {
            GraphQl.post(viewer(), """
                            query($campaign: ID!, $segment: ID!, $segmentation: ID!, $model: ID!, $r: [_Any!]!) {
                              campaign(id: $campaign) { id }
                              campaigns(segmentId: $segment) { id }
                              clvModel(id: $model) { id }
                              clvModels(first: 1) { totalCount }
                              segmentValuations(segmentationId: $segmentation) { segmentId }
                              valuationHistory(segmentId: $segment) { totalCount }
                              _entities(representations: $r) { ... on ClvModel { id } }
                            }""", Map.of("campaign", campaign, "segment", segment, "segmentation", segmentation,
                            "model", unknownModel.get("id"), "r", List.of(unknownModel, unknownModel)))
                    .statusCode(200)
                    .body("errors", nullValue())
                    .body("data.campaign.id", equalTo(campaign))
                    .body("data.campaigns.id", equalTo(List.of(campaign)))
                    .body("data.clvModel", nullValue())
                    .body("data.segmentValuations", equalTo(List.of()))
                    .body("data.valuationHistory.totalCount", equalTo(0))
                    .body("data._entities", equalTo(java.util.Arrays.asList(null, null)));
        }
    }

    private static ValidatableResponse create(String token, String segment, String cost) {
        return GraphQl.post(token, CREATE, Map.of("input", Map.of("name", "Spring push", "segmentId", segment, "cost", cost,
                "currency", "CPA", "startsOn", "2025-06-01", "endsOn", "2025-06-30")));
    }

    private static ValidatableResponse allocate(String token, String segmentation, String budget, double min, double max) {
        return GraphQl.post(token, ALLOCATE, Map.of("s", segmentation, "budget", budget, "min", min, "max", max));
    }
}
