package io.motiv.valuation.clv;

import io.motiv.events.profile.PurchaseRecorded;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.Sql;
import io.motiv.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.motiv.valuation.support.ValuationFixtures.analyst;
import static io.motiv.valuation.support.ValuationFixtures.fit;
import static io.motiv.valuation.support.ValuationFixtures.newCustomers;
import static io.motiv.valuation.support.ValuationFixtures.partner;
import static io.motiv.valuation.support.ValuationFixtures.purchase;
import static io.motiv.valuation.support.ValuationFixtures.sendPurchases;
import static io.motiv.valuation.support.ValuationFixtures.simulated;
import static io.motiv.valuation.support.ValuationFixtures.viewer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "valuation"))
@QuarkusTestResource(KafkaResource.class)
class ClvModelGraphQlApiTest {

    private static final String BY_ID = "query ById($id: ID!) { clvModel(id: $id) { id createdAt } }";
    private static final String LIFETIME_VALUE = """
            query Ltv($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id lifetimeValue {
              modelId currency horizonMonths timeUnit frequency probabilityAlive expectedPurchases expectedSpend lifetimeValue } } } }""";
    private static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);

    @Inject
    DataSource dataSource;

    @Test
    void shouldFitAClvModelFromPurchaseEventsAndServeEachCustomersLifetimeValue() {
        List<String> customers = newCustomers(500);
        List<PurchaseRecorded> purchases = simulated(customers, "CLA", LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), 7);
        sendPurchases(purchases);
        awaitFacts("CLA", purchases.size());

        JsonPath fitted = fit(analyst(), "2025-12-31", "CLA").statusCode(200).body("errors", nullValue())
                .extract().jsonPath().using(DOUBLES);
        String prefix = "data.fitClvModel.";
        assertThat(fitted.getString(prefix + "status")).isEqualTo("FITTED");
        assertThat(fitted.getDouble(prefix + "customers")).isEqualTo(500.0);
        assertThat(fitted.getDouble(prefix + "repeatCustomers")).isBetween(100.0, 499.0);
        assertThat(fitted.getBoolean(prefix + "purchaseModel.converged")).isTrue();
        assertThat(fitted.getDouble(prefix + "purchaseModel.parameters.r")).isBetween(0.2, 1.2);
        assertThat(fitted.getDouble(prefix + "purchaseModel.standardErrors.r")).isPositive();
        assertThat(fitted.getDouble(prefix + "purchaseModel.logLikelihood")).isNegative();
        assertThat(fitted.getDouble(prefix + "spendModel.parameters.p")).isPositive();
        assertThat(fitted.getDouble(prefix + "spendModel.standardErrors.q")).isPositive();
        String modelId = fitted.getString(prefix + "id");
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM clv_prediction WHERE model_id = ?::uuid", modelId)).isEqualTo(500);

        GraphQl.post(viewer(), BY_ID, Map.of("id", modelId)).statusCode(200).body("data.clvModel.id", equalTo(modelId));
        GraphQl.post(viewer(), "{ clvModels(first: 100) { totalCount edges { node { id status } } } }").statusCode(200)
                .body("errors", nullValue())
                .body("data.clvModels.edges.node.id.flatten()", org.hamcrest.Matchers.hasItem(modelId));

        JsonPath value = GraphQl.post(viewer(), LIFETIME_VALUE, Map.of("r", List.of(
                        Map.of("__typename", "Customer", "id", customers.get(0)),
                        Map.of("__typename", "Customer", "id", UUID.randomUUID().toString()))))
                .statusCode(200).body("errors", nullValue()).extract().jsonPath().using(DOUBLES);
        assertThat(value.getString("data._entities[0].lifetimeValue.modelId")).isEqualTo(modelId);
        assertThat(value.getString("data._entities[0].lifetimeValue.currency")).isEqualTo("CLA");
        assertThat(value.getDouble("data._entities[0].lifetimeValue.probabilityAlive")).isBetween(0.0, 1.0);
        assertThat(value.getDouble("data._entities[0].lifetimeValue.lifetimeValue")).isNotNegative();
        assertThat(value.getString("data._entities[1].lifetimeValue")).isNull();
    }

    @Test
    void shouldRejectFitsThatCannotBeComputedWithValidationErrors() {
        String single = UUID.randomUUID().toString();
        List<PurchaseRecorded> onePurchaseEach = new ArrayList<>();
        for (String customer : newCustomers(5)) {
            onePurchaseEach.add(purchase(customer, "CLB", LocalDate.parse("2025-03-01"), "20.00", null));
        }
        onePurchaseEach.add(purchase(single, "CLB", LocalDate.parse("2025-04-01"), "10.00", null));
        sendPurchases(onePurchaseEach);
        awaitFacts("CLB", onePurchaseEach.size());

        assertValidation(fit(analyst(), "2025-12-31", "CLB"), "calibrationEnd: no customer has a repeat purchase");
        assertValidation(fit(analyst(), "2025-01-01", "CLB"), "calibrationEnd: is before the first purchase in CLB");
        assertValidation(fit(analyst(), LocalDate.now().plusDays(2).toString(), "CLB"), "calibrationEnd: must not be in the future");
        assertValidation(fit(analyst(), "2025-12-31", "ZZZ"), "currency: no purchases in ZZZ");
        assertValidation(fit(analyst(), Map.of("calibrationEnd", "2025-12-31", "currency", "CLB", "horizonMonths", 0)),
                "horizonMonths: must be 1-120");
        assertValidation(fit(analyst(), Map.of("calibrationEnd", "2025-12-31", "currency", "CLB", "monthlyDiscountRate", 1.5)),
                "monthlyDiscountRate: must be a fraction");
    }

    @Test
    void shouldStoreAFitThatDoesNotConvergeAsFlaggedWithoutPredictions() {
        // Everyone buys every week for the same amount up to the calibration end: no dropout and no spend variance.
        List<String> customers = newCustomers(40);
        List<PurchaseRecorded> purchases = new ArrayList<>();
        for (String customer : customers) {
            for (LocalDate day = LocalDate.parse("2025-06-02"); !day.isAfter(LocalDate.parse("2025-09-01")); day = day.plusWeeks(1)) {
                purchases.add(purchase(customer, "CLC", day, "25.00", null));
            }
        }
        sendPurchases(purchases);
        awaitFacts("CLC", purchases.size());

        JsonPath fitted = fit(analyst(), "2025-09-01", "CLC").statusCode(200).body("errors", nullValue())
                .extract().jsonPath().using(DOUBLES);
        assertThat(fitted.getString("data.fitClvModel.status")).isEqualTo("NOT_CONVERGED");
        assertThat(fitted.getList("data.fitClvModel.flags", String.class)).isNotEmpty();
        assertThat(fitted.getString("data.fitClvModel.statusReason")).isNotBlank();
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM clv_prediction WHERE model_id = ?::uuid",
                fitted.getString("data.fitClvModel.id"))).isZero();
    }

    @Test
    void shouldLetOnlyAnalystsAndAboveFitModels() {
        for (String token : List.of(viewer(), partner())) {
            fit(token, "2025-12-31", "CLA").statusCode(200)
                    .body("data.fitClvModel", nullValue())
                    .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        }
    }

    @Test
    void shouldAnswerNullForAnUnknownClvModel() {
        GraphQl.post(viewer(), BY_ID, Map.of("id", UUID.randomUUID().toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.clvModel", nullValue());
    }

    @Test
    void shouldRejectAMalformedIdWithAValidationError() {
        GraphQl.post(viewer(), BY_ID, Map.of("id", "not-a-uuid"))
                .statusCode(200)
                .body("data.clvModel", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("id: not a valid id (expected a UUID)"));
    }

    @Test
    void shouldNotLetAPartnerReadClvModels() {
        GraphQl.post(TestTokens.forPartner("partner-demo"), BY_ID, Map.of("id", UUID.randomUUID().toString()))
                .statusCode(200)
                .body("data.clvModel", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private void awaitFacts(String currency, int expected) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase_fact WHERE currency = ?", currency)).isEqualTo(expected));
    }

    private static void assertValidation(io.restassured.response.ValidatableResponse response, String messageStart) {
        response.statusCode(200)
                .body("data.fitClvModel", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", startsWith(messageStart));
    }
}
