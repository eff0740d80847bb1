package io.motiv.profile;

import io.motiv.messaging.outbox.OutboxRelay;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.SqlStatements;
import io.motiv.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/**
 * A page of customers with profile-service's own per-customer fields, as the gateway asks for
 * {@code customers(first: 100)}, costs the page's statements and one per field, not one per customer (batch field
 * resolvers). Counted by the server ({@link SqlStatements}). Checked once by turning {@code segmentTags} back into a
 * per-customer resolver: 100 customers then cost 99 statements more, and this test failed.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "profile"))
@QuarkusTestResource(KafkaResource.class)
class BatchedEntitiesTest {

    private static final String DATABASE = "profile_test";
    private static final String PAGE = """
            query($f: CustomerFilter, $n: Int!) { customers(filter: $f, first: $n) { edges { node {
              id behaviour { orders } rfm { code } segmentTags { segmentId }
              consents { purpose status } consentHistory { status } } } } }""";
    private static final String REGISTER = """
            mutation($inputs: [RegisterCustomerInput!]!) { registerCustomers(inputs: $inputs) { results { customer { id } } } }""";

    @Inject
    DataSource dataSource;

    @Inject
    OutboxRelay relay;

    @Test
    void shouldResolveHundredCustomersWithTheSameNumberOfStatementsAsOne() throws SQLException {
        List<String> customers = register(100);
        String segmentation = UUID.randomUUID().toString();
        storeTagsAndConsents(segmentation, customers);

        relay.stop(); // it polls the outbox on its own schedule
        try {
            // The page (its rows and totalCount), behaviour, rfm, segmentTags, consents, consentHistory.
            long[] counts = SqlStatements.forOneAndHundred(DATABASE, SqlStatements.NOTHING, n -> check(segmentation, customers, n));
            assertThat(counts).containsExactly(7, 7);
        } finally {
            relay.start();
        }
    }

    /** The first {@code n} of the customers tagged in the segmentation: each with its own tags and consents. */
    private static void check(String segmentation, List<String> customers, int n) {
        JsonPath answer = GraphQl.post(steward(), PAGE, Map.of("f", Map.of("segmentationId", segmentation), "n", n))
                .statusCode(200).body("errors", nullValue()).extract().jsonPath();
        assertThat(answer.getList("data.customers.edges")).hasSize(n);
        for (int k = 0; k < n; k++) {
            String entity = "data.customers.edges[" + k + "].node";
            int i = customers.indexOf(answer.getString(entity + ".id"));
            assertThat(i).isNotNegative();
            assertThat(answer.getString(entity + ".behaviour")).isNull();
            assertThat(answer.getString(entity + ".rfm")).isNull();
            assertThat(answer.getList(entity + ".segmentTags.segmentId")).containsExactly("segment-" + i);
            // Two MARKETING decisions: granted, then (i odd) withdrawn.
            assertThat(answer.getList(entity + ".consents.status")).containsExactly(i % 2 == 0 ? "GRANTED" : "WITHDRAWN");
            assertThat(answer.getList(entity + ".consentHistory.status")).hasSize(2);
        }
    }

    private static List<String> register(int count) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(Map.of("externalRef", Map.of("source", "batched", "ref", UUID.randomUUID().toString()), "kind", "PERSON"));
        }
        return GraphQl.post(steward(), REGISTER, Map.of("inputs", inputs)).statusCode(200).body("errors", nullValue())
                .extract().jsonPath().getList("data.registerCustomers.results.customer.id", String.class);
    }

    private static String steward() {
        return TestTokens.forRoles("steward-user", "steward");
    }

    private void storeTagsAndConsents(String segmentation, List<String> customers) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement tag = connection.prepareStatement("""
                     INSERT INTO segment_tag (customer_id, segmentation_id, run_id, segment_id, assigned_at)
                     VALUES (CAST(? AS uuid), ?, 'run', ?, now())""");
             PreparedStatement consent = connection.prepareStatement("""
                     INSERT INTO consent_record (id, customer_id, purpose, status, source, legal_text_version, decided_at, recorded_at)
                     VALUES (gen_random_uuid(), CAST(? AS uuid), 'MARKETING', ?, 'test', 'v1', now() - make_interval(days => ?), now())""")) {
            for (int i = 0; i < customers.size(); i++) {
                tag.setString(1, customers.get(i));
                tag.setString(2, segmentation);
                tag.setString(3, "segment-" + i);
                tag.addBatch();
                consent.setString(1, customers.get(i));
                consent.setString(2, "GRANTED");
                consent.setInt(3, 2);
                consent.addBatch();
                consent.setString(1, customers.get(i));
                consent.setString(2, i % 2 == 0 ? "GRANTED" : "WITHDRAWN");
                consent.setInt(3, 1);
                consent.addBatch();
            }
            tag.executeBatch();
            consent.executeBatch();
        }
    }
}
