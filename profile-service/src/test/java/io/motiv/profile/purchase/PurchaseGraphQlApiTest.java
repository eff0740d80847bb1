package io.motiv.profile.purchase;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.PurchaseRecorded;
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
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
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
class PurchaseGraphQlApiTest {

    private static final String RECORD = """
            mutation($p: [PurchaseInput!]!) { recordPurchases(purchases: $p) { recorded duplicates rejected errors { index field message } } }""";
    private static final String CUSTOMER = """
            query($id: ID!, $after: String) { customer(id: $id) {
              behaviour { currency orders refunds revenue averageOrderValue firstPurchaseAt lastPurchaseAt recencyDays tenureDays }
              purchases(first: 2, after: $after) { totalCount edges { cursor node { orderId amount purchasedAt } } pageInfo { hasNextPage endCursor } } } }""";

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldRecordPurchasesOnceAndKeepBehaviourCurrent() {
        String ref = "c-" + UUID.randomUUID();
        String customerId = registerCustomer(ref);
        String order = "shop:" + UUID.randomUUID();
        List<Map<String, Object>> batch = List.of(
                line(order + "-1", Map.of("id", customerId), "40.00", "2026-03-01T10:00:00Z"),
                line(order + "-2", Map.of("source", "shop", "ref", ref), "20.50", "2026-05-01T10:00:00Z"),
                line(order + "-3", Map.of("id", customerId), "-10.00", "2026-05-02T10:00:00Z"),
                line(order + "-1", Map.of("id", customerId), "40.00", "2026-03-01T10:00:00Z"));

        record(batch).body("errors", nullValue())
                .body("data.recordPurchases.recorded", equalTo(3))
                .body("data.recordPurchases.duplicates", equalTo(1))
                .body("data.recordPurchases.rejected", equalTo(0));
        record(batch).body("data.recordPurchases.recorded", equalTo(0))
                .body("data.recordPurchases.duplicates", equalTo(4));

        var customer = GraphQl.post(analyst(), CUSTOMER, Map.of("id", customerId)).body("errors", nullValue())
                .extract().jsonPath().setRootPath("data.customer");
        assertThat(customer.getString("behaviour.currency")).isEqualTo("EUR");
        assertThat(customer.getInt("behaviour.orders")).isEqualTo(2);
        assertThat(customer.getInt("behaviour.refunds")).isEqualTo(1);
        assertThat(new BigDecimal(customer.getString("behaviour.revenue"))).isEqualByComparingTo("50.50");
        assertThat(new BigDecimal(customer.getString("behaviour.averageOrderValue"))).isEqualByComparingTo("25.25");
        assertThat(customer.getString("behaviour.firstPurchaseAt")).startsWith("2026-03-01T10:00");
        assertThat(customer.getString("behaviour.lastPurchaseAt")).startsWith("2026-05-02T10:00");
        assertThat(customer.getInt("purchases.totalCount")).isEqualTo(3);
        assertThat(customer.getList("purchases.edges.node.orderId")).containsExactly(order + "-3", order + "-2");
        assertThat(customer.getBoolean("purchases.pageInfo.hasNextPage")).isTrue();

        String after = customer.getString("purchases.pageInfo.endCursor");
        GraphQl.post(analyst(), CUSTOMER, Map.of("id", customerId, "after", after))
                .body("data.customer.purchases.edges.node.orderId", equalTo(List.of(order + "-1")))
                .body("data.customer.purchases.pageInfo.hasNextPage", equalTo(false));

        List<PurchaseRecorded> events = TopicReader.read(Topics.PURCHASE_EVENTS, record -> customerId.equals(record.key()),
                        3, Duration.ofSeconds(30), Duration.ofSeconds(2)).stream()
                .map(record -> codec.payload(codec.read(record.value()), EventTypes.PURCHASE_RECORDED)).toList();
        assertThat(events).extracting(PurchaseRecorded::orderId).containsExactlyInAnyOrder(order + "-1", order + "-2", order + "-3");
        assertThat(events).filteredOn(event -> event.orderId().endsWith("-3")).singleElement()
                .extracting(PurchaseRecorded::amount).isEqualTo(new BigDecimal("-10.00"));
    }

    @Test
    void shouldRejectInvalidLinesWithTheirPositionAndStoreTheRest() {
        String customerId = registerCustomer("c-" + UUID.randomUUID());
        String order = "shop:" + UUID.randomUUID();
        String unknown = UUID.randomUUID().toString();
        List<Map<String, Object>> batch = new ArrayList<>();
        batch.add(line(order + "-ok", Map.of("id", customerId), "10.00", "2026-03-01T10:00:00Z"));
        Map<String, Object> badCurrency = line(order + "-cur", Map.of("id", customerId), "10.00", "2026-03-01T10:00:00Z");
        badCurrency.put("currency", "EURO");
        batch.add(badCurrency);
        batch.add(line(order + "-future", Map.of("id", customerId), "10.00", "2999-01-01T00:00:00Z"));
        batch.add(line(order + "-who", Map.of("id", unknown), "10.00", "2026-03-01T10:00:00Z"));
        batch.add(line("bad order id with spaces", Map.of("id", customerId), "10.00", "2026-03-01T10:00:00Z"));
        Map<String, Object> otherCurrency = line(order + "-usd", Map.of("id", customerId), "10.00", "2026-03-01T10:00:00Z");
        otherCurrency.put("currency", "USD");
        batch.add(otherCurrency);

        record(batch).body("errors", nullValue())
                .body("data.recordPurchases.recorded", equalTo(1))
                .body("data.recordPurchases.rejected", equalTo(5))
                .body("data.recordPurchases.errors.index", equalTo(List.of(1, 2, 3, 4, 5)))
                .body("data.recordPurchases.errors.field", equalTo(List.of("currency", "purchasedAt", "customer", "orderId", "currency")))
                .body("data.recordPurchases.errors[2].message", equalTo("customer " + unknown + " does not exist"));
    }

    @Test
    void shouldCountZeroAmountLinesAsOrdersWithoutChangingRevenue() {
        String ref = "c-" + UUID.randomUUID();
        String customerId = registerCustomer(ref);
        String order = "shop:" + UUID.randomUUID();
        record(List.of(line(order + "-paid", Map.of("id", customerId), "30.00", "2026-03-01T10:00:00Z"),
                line(order + "-free", Map.of("id", customerId), "0", "2026-04-01T10:00:00Z"),
                line(order + "-discounted", Map.of("source", "shop", "ref", ref), "0.00", "2026-05-01T10:00:00Z"),
                line(order + "-refund", Map.of("id", customerId), "-5.00", "2026-05-02T10:00:00Z")))
                .body("errors", nullValue())
                .body("data.recordPurchases.recorded", equalTo(4))
                .body("data.recordPurchases.rejected", equalTo(0));

        var customer = GraphQl.post(analyst(), CUSTOMER, Map.of("id", customerId)).body("errors", nullValue())
                .extract().jsonPath().setRootPath("data.customer");
        assertThat(customer.getInt("behaviour.orders")).isEqualTo(3);
        assertThat(customer.getInt("behaviour.refunds")).isEqualTo(1);
        assertThat(new BigDecimal(customer.getString("behaviour.revenue"))).isEqualByComparingTo("25.00");
        assertThat(customer.getString("behaviour.lastPurchaseAt")).startsWith("2026-05-02T10:00");
        assertThat(customer.getInt("purchases.totalCount")).isEqualTo(4);
        List<PurchaseRecorded> events = TopicReader.read(Topics.PURCHASE_EVENTS, event -> customerId.equals(event.key()),
                        4, Duration.ofSeconds(30), Duration.ofSeconds(2)).stream()
                .map(event -> codec.payload(codec.read(event.value()), EventTypes.PURCHASE_RECORDED)).toList();
        assertThat(events).filteredOn(event -> event.amount().signum() == 0).extracting(PurchaseRecorded::orderId)
                .containsExactlyInAnyOrder(order + "-free", order + "-discounted");
    }

    @Test
    void shouldRefuseAnEmptyBatchAndViewersAndHidePurchasesFromViewers() {
        record(List.of()).body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("purchases: a batch has 1 to 10000 lines"));
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), RECORD,
                        Map.of("p", List.of(line("x-1", Map.of("id", UUID.randomUUID().toString()), "1", "2026-01-01T00:00:00Z"))))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        String customerId = registerCustomer("c-" + UUID.randomUUID());
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), "query($id: ID!) { customer(id: $id) { behaviour { orders } purchases { totalCount } } }",
                        Map.of("id", customerId))
                .body("data.customer.behaviour", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].path", equalTo(List.of("customer", "purchases")));
    }

    @Test
    void shouldKeepBehaviourWhenBatchesForTheSameNewCustomerArriveTogether() throws Exception {
        String ref = "c-" + UUID.randomUUID();
        String customerId = registerCustomer(ref);
        int concurrent = 6;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(concurrent);
        try {
            List<java.util.concurrent.Future<ValidatableResponse>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                String order = "shop:" + UUID.randomUUID();
                answers.add(pool.submit(() -> record(List.of(line(order, Map.of("id", customerId), "10.00", "2026-03-01T10:00:00Z")))));
            }
            for (var answer : answers) {
                answer.get().body("errors", nullValue()).body("data.recordPurchases.recorded", equalTo(1));
            }
        } finally {
            pool.shutdown();
        }
        var customer = GraphQl.post(analyst(), CUSTOMER, Map.of("id", customerId)).body("errors", nullValue())
                .extract().jsonPath().setRootPath("data.customer");
        assertThat(customer.getInt("behaviour.orders")).isEqualTo(concurrent);
        assertThat(new BigDecimal(customer.getString("behaviour.revenue"))).isEqualByComparingTo("60.00");
    }

    private static Map<String, Object> line(String orderId, Map<String, Object> customer, String amount, String purchasedAt) {
        return new HashMap<>(Map.of("orderId", orderId, "customer", customer, "amount", new BigDecimal(amount),
                "currency", "EUR", "purchasedAt", purchasedAt, "channel", "WEB", "category", "books"));
    }

    private static ValidatableResponse record(List<Map<String, Object>> batch) {
        return GraphQl.post(TestTokens.forPartner("partner-demo"), RECORD, Map.of("p", batch));
    }

    private static String registerCustomer(String ref) {
        return GraphQl.post(TestTokens.forRoles("steward-user", "steward"),
                "mutation($r: String!) { registerCustomer(input: {externalRef: {source: \"shop\", ref: $r}, kind: PERSON}) { id } }",
                Map.of("r", ref)).extract().path("data.registerCustomer.id");
    }

    private static String analyst() {
        return TestTokens.forRoles("analyst-user", "analyst");
    }
}
