package io.motiv.profile.imports;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.TestTokens;
import io.motiv.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "profile"))
@QuarkusTestResource(KafkaResource.class)
class BulkCsvTest {

    @Test
    void shouldImportCustomersAndPurchasesReportingBadRowsAndStoringNothingTwice() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String customers = "source,ref,kind,name,email,country,birth_date,devices\n"
                + "crm," + tag + "-1,PERSON,Ada,ada@example.org,DE,1986-04-02,ios;desktop\n"
                + "crm," + tag + "-2,PERSON,\"Lovelace, Ada\",,FR,,\n"
                + "crm," + tag + "-3,PERSON,Bad,not-an-email,DE,,\n"
                + "crm," + tag + "-4,ROBOT,,,,,\n";
        post("/customers/import", partner(), customers).statusCode(200)
                .body("rows", equalTo(4)).body("stored", equalTo(2)).body("rejected", equalTo(2))
                .body("errors[0].line", equalTo(4)).body("errors[0].field", equalTo("person.email"))
                .body("errors[1].line", equalTo(5)).body("errors[1].field", equalTo("kind"));
        post("/customers/import", partner(), customers).statusCode(200)
                .body("stored", equalTo(0)).body("duplicates", equalTo(2));

        String purchases = "order_id,customer_source,customer_ref,amount,currency,purchased_at,category\n"
                + "csv:" + tag + "-1,crm," + tag + "-1,19.90,EUR,2026-10-01T10:00:00Z,books\n"
                + "csv:" + tag + "-2,crm," + tag + "-2,5.00,EUR,2026-10-02T10:00:00Z,music\n"
                + "csv:" + tag + "-3,crm," + tag + "-9,5.00,EUR,2026-10-02T10:00:00Z,music\n"
                + "csv:" + tag + "-4,crm," + tag + "-1,lots,EUR,2026-10-02T10:00:00Z,music\n"
                + "csv:" + tag + "-5,crm," + tag + "-2,0.00,EUR,2026-10-03T10:00:00Z,free-sample\n";
        post("/purchases/import", partner(), purchases).statusCode(200)
                .body("stored", equalTo(3)).body("rejected", equalTo(2))
                .body("errors[0].line", equalTo(4)).body("errors[0].field", equalTo("customer"))
                .body("errors[1].line", equalTo(5)).body("errors[1].field", equalTo("amount"));
        post("/purchases/import", partner(), purchases).statusCode(200)
                .body("stored", equalTo(0)).body("duplicates", equalTo(3));
        // the free sample is an order of the second customer, worth nothing
        String second = GraphQl.post(partner(), "query($r: String!) { customerByExternalRef(source: \"crm\", ref: $r) { id } }",
                Map.of("r", tag + "-2")).extract().path("data.customerByExternalRef.id");
        var behaviour = GraphQl.post(TestTokens.forRoles("analyst-user", "analyst"),
                        "query($id: ID!) { customer(id: $id) { behaviour { orders revenue } } }", Map.of("id", second))
                .extract().jsonPath().setRootPath("data.customer.behaviour");
        assertThat(behaviour.getInt("orders")).isEqualTo(2);
        assertThat(new java.math.BigDecimal(behaviour.getString("revenue"))).isEqualByComparingTo("5.00");

        post("/purchases/import", partner(), "order_id,amount\n").statusCode(400).body("code", equalTo("VALIDATION"));
        post("/customers/import", null, customers).statusCode(401);
        post("/customers/import", TestTokens.forRoles("viewer-user", "viewer"), customers).statusCode(403);
    }

    @Test
    void shouldImportConsentsInFileOrderReportingBadRowsAndStoringNothingTwice() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        post("/customers/import", partner(), "source,ref,kind\ncrm," + tag + "-1,PERSON\ncrm," + tag + "-2,PERSON\n")
                .statusCode(200).body("stored", equalTo(2));
        String first = GraphQl.post(partner(), "query($r: String!) { customerByExternalRef(source: \"crm\", ref: $r) { id } }",
                Map.of("r", tag + "-1")).extract().path("data.customerByExternalRef.id");
        String unknown = UUID.randomUUID().toString();
        String consents = "customer_id,customer_source,customer_ref,purpose,status,source,legal_text_version,decided_at\n"
                + first + ",,,PROFILING,GRANTED,crm,privacy-2026,2026-10-01T10:00:00Z\n"
                + ",crm," + tag + "-1,VALUES_SURVEY,granted,crm,privacy-2026,2026-10-01T10:00:00Z\n"
                + ",crm," + tag + "-2,PROFILING,DENIED,crm,privacy-2026,2026-10-01T10:00:00Z\n"
                + ",crm," + tag + "-9,PROFILING,GRANTED,crm,privacy-2026,2026-10-01T10:00:00Z\n"
                + unknown + ",,,PROFILING,GRANTED,crm,privacy-2026,2026-10-01T10:00:00Z\n"
                + "42,,,PROFILING,GRANTED,crm,privacy-2026,\n"
                + first + ",,,PROFILING,MAYBE,crm,privacy-2026,\n"
                + first + ",,,MARKETING,GRANTED,Web Shop,privacy-2026,\n"
                + first + ",,,PROFILING,WITHDRAWN,crm,privacy-2026,2026-10-01T10:00:00Z\n";
        post("/consents/import", partner(), consents).statusCode(200)
                .body("rows", equalTo(9)).body("stored", equalTo(4)).body("rejected", equalTo(5))
                .body("errors.line", equalTo(java.util.List.of(5, 6, 7, 8, 9)))
                .body("errors.field", equalTo(java.util.List.of("customer", "customer", "customer_id", "status", "source")))
                .body("errors[1].message", equalTo("customer " + unknown + " does not exist"));
        // decided at the same time: the later row is the current decision
        String customer = """
                query($id: ID!) { customer(id: $id) { consents { purpose status } consentHistory { purpose } } }""";
        GraphQl.post(TestTokens.forRoles("steward-user", "steward"), customer, Map.of("id", first))
                .body("data.customer.consents.find { it.purpose == 'PROFILING' }.status", equalTo("WITHDRAWN"))
                .body("data.customer.consentHistory.size()", equalTo(3));

        post("/consents/import", partner(), consents).statusCode(200)
                .body("stored", equalTo(0)).body("duplicates", equalTo(4)).body("rejected", equalTo(5));
        post("/consents/import", partner(), "customer_id,purpose,status\n").statusCode(400).body("code", equalTo("VALIDATION"));
        post("/consents/import", null, consents).statusCode(401);
        post("/consents/import", TestTokens.forRoles("viewer-user", "viewer"), consents).statusCode(403);
    }

    @Test
    void shouldExportASegmentsMembersWithPersonalColumnsOnlyForStewards() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        post("/customers/import", partner(), "source,ref,kind,name,email\ncrm," + tag + ",PERSON,\"=Evil, Name\",eve@example.org\n")
                .body("stored", equalTo(1));
        String customerId = GraphQl.post(partner(), "query($r: String!) { customerByExternalRef(source: \"crm\", ref: $r) { id } }",
                Map.of("r", tag)).extract().path("data.customerByExternalRef.id");
        EventCodec codec = new EventCodec();
        String segmentation = "seg-" + tag;
        TopicWriter.send(Topics.SEGMENTATION_EVENTS, customerId, codec.write(codec.wrap(EventTypes.CUSTOMER_SEGMENT_ASSIGNED,
                "/motiv/segmentation-service", customerId,
                new CustomerSegmentAssigned(customerId, segmentation, "run-1", "segment-a", "Open to change", null, Instant.now()))));
        String path = "/segmentations/" + segmentation + "/segments/segment-a/members";
        await().atMost(Duration.ofSeconds(30)).until(() -> get(path, partner()).extract().asString().contains(tag));

        String forPartner = get(path, partner()).statusCode(200).extract().asString();
        String forSteward = get(path, TestTokens.forRoles("steward-user", "steward")).statusCode(200).extract().asString();

        assertThat(forPartner).startsWith("external_source,external_ref,customer_id,segment_id,segment_label,assigned_at\n")
                .contains("crm," + tag + "," + customerId + ",segment-a,Open to change,")
                .doesNotContain("eve@example.org");
        assertThat(forSteward).startsWith("external_source,external_ref,customer_id,segment_id,segment_label,assigned_at,name,email\n")
                .contains("\"'=Evil, Name\",eve@example.org");
        get(path, TestTokens.forRoles("viewer-user", "viewer")).statusCode(403);
    }

    private static ValidatableResponse post(String path, String token, String csv) {
        var request = given().contentType("text/csv").body(csv);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post(path).then();
    }

    private static ValidatableResponse get(String path, String token) {
        return given().auth().oauth2(token).get(path).then();
    }

    private static String partner() {
        return TestTokens.forPartner("partner-demo");
    }
}
