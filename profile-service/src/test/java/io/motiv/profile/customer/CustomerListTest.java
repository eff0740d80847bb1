package io.motiv.profile.customer;

import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
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
class CustomerListTest {

    private static final String BATCH = """
            mutation($inputs: [RegisterCustomerInput!]!) { registerCustomers(inputs: $inputs) {
              registered failed results { index customer { id } error { code message } } } }""";
    private static final String LIST = """
            query($filter: CustomerFilter, $first: Int, $after: String) { customers(filter: $filter, first: $first, after: $after) {
              totalCount edges { node { externalRef { ref } } } pageInfo { hasNextPage endCursor } } }""";

    @Test
    void shouldRegisterABatchItemByItemReportingEachFailure() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> inputs = List.of(customer(tag + "-1", "PERSON", "FR", null),
                customer(tag + "-1", "PERSON", "FR", null),
                customer(tag + "-2", "PERSON", "ZZ", null),
                customer(tag + "-3", "ORGANIZATION", "FR", null));

        GraphQl.post(steward(), BATCH, Map.of("inputs", inputs)).body("errors", nullValue())
                .body("data.registerCustomers.registered", equalTo(2))
                .body("data.registerCustomers.failed", equalTo(2))
                .body("data.registerCustomers.results.index", equalTo(List.of(0, 1, 2, 3)))
                .body("data.registerCustomers.results[1].error.code", equalTo("CONFLICT"))
                .body("data.registerCustomers.results[2].error.code", equalTo("VALIDATION"))
                .body("data.registerCustomers.results[2].error.message", equalTo("location.country: 'ZZ' is not an ISO 3166-1 alpha-2 country code"))
                .body("data.registerCustomers.results[3].customer.id", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void shouldFilterAndPageCustomersWithATotalCount() {
        String country = "IS"; // only this test registers customers in Iceland
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            inputs.add(customer("is-" + UUID.randomUUID(), "PERSON", country, LocalDate.now().minusYears(30).toString()));
        }
        inputs.add(customer("is-" + UUID.randomUUID(), "PERSON", country, LocalDate.now().minusYears(70).toString()));
        inputs.add(customer("is-" + UUID.randomUUID(), "ORGANIZATION", country, null));
        GraphQl.post(steward(), BATCH, Map.of("inputs", inputs)).body("data.registerCustomers.registered", equalTo(7));

        Map<String, Object> inIceland = Map.of("country", country);
        var firstPage = GraphQl.post(viewer(), LIST, Map.of("filter", inIceland, "first", 3)).body("errors", nullValue())
                .body("data.customers.totalCount", equalTo(7))
                .body("data.customers.edges", hasSize(3))
                .body("data.customers.pageInfo.hasNextPage", equalTo(true))
                .extract().jsonPath();
        String after = firstPage.getString("data.customers.pageInfo.endCursor");
        List<String> secondPage = GraphQl.post(viewer(), LIST, Map.of("filter", inIceland, "first", 10, "after", after))
                .body("data.customers.pageInfo.hasNextPage", equalTo(false))
                .extract().path("data.customers.edges.node.externalRef.ref");
        assertThat(secondPage).hasSize(4).doesNotContainAnyElementsOf(firstPage.getList("data.customers.edges.node.externalRef.ref"));

        GraphQl.post(viewer(), LIST, Map.of("filter", Map.of("country", country, "ageBand", "AGE_25_34")))
                .body("data.customers.totalCount", equalTo(5));
        GraphQl.post(viewer(), LIST, Map.of("filter", Map.of("country", country, "kind", "ORGANIZATION")))
                .body("data.customers.totalCount", equalTo(1));
        GraphQl.post(viewer(), LIST, Map.of("filter", Map.of("country", country, "consentPurpose", "PROFILING")))
                .body("data.customers.totalCount", equalTo(7));
        GraphQl.post(viewer(), LIST, Map.of("filter", Map.of("country", country, "consentPurpose", "PROFILING", "consentStatus", "GRANTED")))
                .body("data.customers.totalCount", equalTo(0));
        GraphQl.post(viewer(), LIST, Map.of("filter", Map.of("segmentId", "x")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("filter.segmentId: needs segmentationId"));
        GraphQl.post(viewer(), LIST, Map.of("first", 1000))
                .body("errors[0].message", equalTo("first: must be 1-100"));
    }

    private static Map<String, Object> customer(String ref, String kind, String country, String birthDate) {
        Map<String, Object> input = new HashMap<>(Map.of("externalRef", Map.of("source", "crm", "ref", ref), "kind", kind,
                "location", Map.of("country", country)));
        if (birthDate != null) {
            input.put("person", Map.of("birthDate", birthDate));
        }
        return input;
    }

    private static String steward() {
        return TestTokens.forRoles("steward-user", "steward");
    }

    private static String viewer() {
        return TestTokens.forRoles("viewer-user", "viewer");
    }
}
