package io.motiv.profile.rfm;

import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "profile"))
@QuarkusTestResource(KafkaResource.class)
class RfmTest {

    private static final String RFM = "query($id: ID!) { customer(id: $id) { rfm { recencyScore frequencyScore monetaryScore code group } } }";

    @Test
    void shouldScoreTheBestAndTheLapsedCustomerAtTheEndsOfThePopulation() {
        String best = customer();
        String lapsed = customer();
        String fresh = customer();
        List<Map<String, Object>> lines = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < 30; i++) {
            lines.add(line(best, "9999.00", now.minus(i, ChronoUnit.HOURS)));
        }
        lines.add(line(lapsed, "1.00", Instant.parse("1995-01-01T00:00:00Z")));
        // Ten ordinary customers, so that quintiles mean something even when this test runs alone.
        for (int i = 0; i < 10; i++) {
            lines.add(line(customer(), "50.00", now.minus(30, ChronoUnit.DAYS)));
        }
        GraphQl.post(TestTokens.forPartner("partner-demo"), "mutation($p: [PurchaseInput!]!) { recordPurchases(purchases: $p) { recorded } }",
                Map.of("p", lines)).body("data.recordPurchases.recorded", equalTo(41));

        GraphQl.post(TestTokens.forRoles("analyst-user", "analyst"), "mutation { recomputeRfm { customersScored ran } }")
                .body("data.recomputeRfm.ran", is(true))
                .body("data.recomputeRfm.customersScored", greaterThanOrEqualTo(2));

        GraphQl.post(viewer(), RFM, Map.of("id", best))
                .body("data.customer.rfm.code", equalTo("555"))
                .body("data.customer.rfm.group", equalTo("CHAMPIONS"));
        GraphQl.post(viewer(), RFM, Map.of("id", lapsed))
                .body("data.customer.rfm.recencyScore", equalTo(1))
                .body("data.customer.rfm.monetaryScore", equalTo(1))
                .body("data.customer.rfm.group", isOneOf("HIBERNATING", "AT_RISK"));
        GraphQl.post(viewer(), RFM, Map.of("id", fresh)).body("data.customer.rfm", nullValue());
        GraphQl.post(viewer(), "mutation { recomputeRfm { ran } }").body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private static Map<String, Object> line(String customerId, String amount, Instant at) {
        return Map.of("orderId", "rfm:" + UUID.randomUUID(), "customer", Map.of("id", customerId),
                "amount", new java.math.BigDecimal(amount), "currency", "EUR", "purchasedAt", at.toString());
    }

    private static String customer() {
        return GraphQl.post(TestTokens.forRoles("steward-user", "steward"),
                "mutation($r: String!) { registerCustomer(input: {externalRef: {source: \"shop\", ref: $r}, kind: PERSON}) { id } }",
                Map.of("r", "rfm-" + UUID.randomUUID())).extract().path("data.registerCustomer.id");
    }

    private static String viewer() {
        return TestTokens.forRoles("viewer-user", "viewer");
    }
}
