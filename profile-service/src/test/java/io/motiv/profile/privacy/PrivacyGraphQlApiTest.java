package io.motiv.profile.privacy;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
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
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "profile"))
@QuarkusTestResource(KafkaResource.class)
class PrivacyGraphQlApiTest {

    private static final String ERASE = "mutation($id: ID!) { eraseCustomer(id: $id) { customerId erasedAt } }";
    private static final String EXPORT = "query($id: ID!) { exportCustomerData(id: $id) { customerId format json } }";

    @Inject
    DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldExportEverythingHeldOnTheCustomer() {
        String ref = "c-" + UUID.randomUUID();
        String customerId = customerWithHistory(ref);

        String document = GraphQl.post(steward(), EXPORT, Map.of("id", customerId))
                .body("errors", nullValue())
                .body("data.exportCustomerData.format", equalTo("motiv-profile-export/1"))
                .extract().path("data.exportCustomerData.json");

        JsonPath export = JsonPath.from(document);
        assertThat(export.getString("customer.externalRef")).isEqualTo(ref);
        assertThat(export.getList("consents.purpose")).containsExactly("VALUES_SURVEY");
        assertThat(export.getList("purchases.orderId")).hasSize(1);
        assertThat(export.getInt("behaviour.orders")).isEqualTo(1);
    }

    @Test
    void shouldEraseOnceKeepingAnonymousPurchasesAndTellOtherServices() {
        String customerId = customerWithHistory("c-" + UUID.randomUUID());

        String erasedAt = GraphQl.post(steward(), ERASE, Map.of("id", customerId))
                .body("errors", nullValue())
                .extract().path("data.eraseCustomer.erasedAt");
        GraphQl.post(steward(), ERASE, Map.of("id", customerId))
                .body("data.eraseCustomer.erasedAt", equalTo(erasedAt));

        GraphQl.post(steward(), "query($id: ID!) { customer(id: $id) { id } }", Map.of("id", customerId))
                .body("data.customer", nullValue());
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM consent_record WHERE customer_id = ?::uuid", customerId)).isZero();
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM customer_behaviour WHERE customer_id = ?::uuid", customerId)).isZero();
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase WHERE order_id = ?", "erase:" + customerId)).isEqualTo(1);
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase WHERE order_id = ? AND customer_id IS NULL", "erase:" + customerId)).isEqualTo(1);
        List<String> erased = TopicReader.read(Topics.CUSTOMER_EVENTS,
                        record -> customerId.equals(record.key()) && record.value().contains(EventTypes.CUSTOMER_ERASED.name()),
                        1, Duration.ofSeconds(30), Duration.ofSeconds(2)).stream()
                .map(record -> codec.payload(codec.read(record.value()), EventTypes.CUSTOMER_ERASED).customerId()).toList();
        assertThat(erased).containsExactly(customerId);
        GraphQl.post(steward(), EXPORT, Map.of("id", customerId)).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void shouldLetOnlyStewardsAndAdminsExportOrErase() {
        String unknown = UUID.randomUUID().toString();
        GraphQl.post(TestTokens.forRoles("analyst-user", "analyst"), ERASE, Map.of("id", unknown))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQl.post(TestTokens.forPartner("partner-demo"), EXPORT, Map.of("id", unknown))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQl.post(steward(), ERASE, Map.of("id", unknown))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    private String customerWithHistory(String ref) {
        String customerId = GraphQl.post(steward(),
                "mutation($r: String!) { registerCustomer(input: {externalRef: {source: \"shop\", ref: $r}, kind: PERSON}) { id } }",
                Map.of("r", ref)).extract().path("data.registerCustomer.id");
        GraphQl.post(steward(), "mutation($id: ID!) { recordConsent(input: {customerId: $id, purpose: VALUES_SURVEY, status: GRANTED, source: \"web\", legalTextVersion: \"v1\"}) { status } }",
                Map.of("id", customerId)).body("errors", nullValue());
        GraphQl.post(steward(), "mutation($p: [PurchaseInput!]!) { recordPurchases(purchases: $p) { recorded } }",
                Map.of("p", List.of(Map.of("orderId", "erase:" + customerId, "customer", Map.of("id", customerId),
                        "amount", 12.5, "currency", "EUR", "purchasedAt", "2026-06-01T12:00:00Z"))))
                .body("data.recordPurchases.recorded", equalTo(1));
        return customerId;
    }


    private static String steward() {
        return TestTokens.forRoles("steward-user", "steward");
    }
}
