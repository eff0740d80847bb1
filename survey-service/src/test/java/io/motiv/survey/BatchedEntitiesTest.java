package io.motiv.survey;

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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The gateway asks survey-service for the values profiles of a page of customers with one {@code _entities} call;
 * the page costs one statement (a batch resolver), not one per customer. Counted by the server ({@link SqlStatements}).
 * Checked once by turning {@code valuesProfile} back into a per-customer resolver: 100 customers then cost 99
 * statements more than one, and this test failed.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KafkaResource.class)
class BatchedEntitiesTest {

    private static final String DATABASE = "survey_test";
    private static final String ENTITIES = """
            query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id valuesProfile { mrat } } } }""";

    @Inject
    DataSource dataSource;

    @Inject
    OutboxRelay relay;

    @Test
    void shouldResolveHundredCustomersWithTheSameNumberOfStatementsAsOne() throws SQLException {
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(UUID.randomUUID().toString());
        }
        storeResponses(customers);

        relay.stop(); // it polls the outbox on its own schedule
        try {
            assertThat(SqlStatements.forOneAndHundred(DATABASE, SqlStatements.NOTHING, n -> check(customers.subList(0, n))))
                    .containsExactly(1, 1);
        } finally {
            relay.start();
        }
    }

    @Test
    void shouldFailOnlyTheFieldOfAMalformedIdInABatch() throws SQLException {
        String customer = UUID.randomUUID().toString();
        storeResponses(List.of(customer));
        GraphQl.post(steward(), ENTITIES, Map.of("r", GraphQl.representations("Customer", List.of(customer, "42"))))
                .statusCode(200)
                .body("data._entities[0].valuesProfile.mrat", equalTo(0.0f))
                .body("data._entities[1].valuesProfile", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].path", equalTo(List.of("_entities", 1, "valuesProfile")))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("id: not a valid id (expected a UUID)"));
    }

    private static void check(List<String> customers) {
        JsonPath answer = request(customers);
        for (int i = 0; i < customers.size(); i++) {
            assertThat(answer.getString("data._entities[" + i + "].id")).isEqualTo(customers.get(i));
            // Each customer's newest unflagged response: mrat i / 100 (an older one and a flagged newer one exist).
            assertThat(answer.getDouble("data._entities[" + i + "].valuesProfile.mrat")).isEqualTo(i / 100.0);
        }
    }

    private static JsonPath request(List<String> customers) {
        return GraphQl.post(steward(), ENTITIES, Map.of("r", GraphQl.representations("Customer", customers)))
                .statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private static String steward() {
        return TestTokens.forRoles("steward-user", "steward");
    }

    /** Per customer: an old response, the current one (mrat i / 100) and a newer flagged one. */
    private void storeResponses(List<String> customers) throws SQLException {
        String survey = UUID.randomUUID().toString();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO survey (id, title, status, created_at, version, instrument_id)
                    VALUES (CAST(? AS uuid), 'batched', 'PUBLISHED', now(), 0, (SELECT id FROM instrument LIMIT 1))""")) {
                insert.setString(1, survey);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO survey_response (id, survey_id, customer_id, client_response_id, instrument, answers,
                        submitted_at, raw_scores, centred_scores, higher_order_raw, higher_order_centred, mrat,
                        answered_items, missing_items, too_many_missing, straight_lining, too_fast, flagged)
                    VALUES (gen_random_uuid(), CAST(? AS uuid), CAST(? AS uuid), ?, 'demo-20', '{}',
                        now() - make_interval(days => ?), '{}', '{}', '{}', '{}', ?, 20, 0, false, false, false, ?)""")) {
                for (int i = 0; i < customers.size(); i++) {
                    int[] ages = {2, 1, 0};
                    double[] mrats = {9, i / 100.0, 8};
                    boolean[] flagged = {false, false, true};
                    for (int k = 0; k < 3; k++) {
                        insert.setString(1, survey);
                        insert.setString(2, customers.get(i));
                        insert.setString(3, "r-" + i + "-" + k);
                        insert.setInt(4, ages[k]);
                        insert.setDouble(5, mrats[k]);
                        insert.setBoolean(6, flagged[k]);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        }
    }
}
