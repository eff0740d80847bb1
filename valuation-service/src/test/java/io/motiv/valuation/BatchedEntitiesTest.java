package io.motiv.valuation;

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
 * The gateway resolves valuation's fields of a page of customers and segments with one {@code _entities} call; each
 * field costs one statement for the whole page (batch resolvers), not one per entity. Counted by the server
 * ({@link SqlStatements}). Checked once by turning {@code lifetimeValue} back into a per-customer resolver: 100
 * customers then cost 99 statements more than one, and this test failed.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "valuation"))
@QuarkusTestResource(KafkaResource.class)
class BatchedEntitiesTest {

    private static final String DATABASE = "valuation_test";
    private static final String ENTITIES = """
            query($r: [_Any!]!) { _entities(representations: $r) {
              ... on Customer { id lifetimeValue { modelId lifetimeValue } }
              ... on Segment { id valuation { segmentId } marketInputs { competitionIndex } campaignRoi { campaigns } } } }""";

    @Inject
    DataSource dataSource;

    @Inject
    OutboxRelay relay;

    @Test
    void shouldResolveHundredCustomersAndSegmentsWithTheSameNumberOfStatementsAsOne() throws SQLException {
        String model = UUID.randomUUID().toString();
        List<String> customers = new ArrayList<>();
        List<String> segments = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(UUID.randomUUID().toString());
            segments.add(UUID.randomUUID().toString());
        }
        storePredictionsAndMarketInputs(model, customers, segments);

        relay.stop(); // it polls the outbox on its own schedule
        try {
            long[] counts = SqlStatements.forOneAndHundred(DATABASE, SqlStatements.NOTHING,
                    n -> check(model, customers.subList(0, n), segments.subList(0, n)));
            // lifetimeValue, valuation, marketInputs, campaignRoi: one statement each, however many entities.
            assertThat(counts).containsExactly(4, 4);
        } finally {
            relay.start();
        }
    }

    @Test
    void shouldFailOnlyTheFieldOfAMalformedIdInABatch() throws SQLException {
        String model = UUID.randomUUID().toString();
        String customer = UUID.randomUUID().toString();
        storePredictionsAndMarketInputs(model, List.of(customer), List.of());
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), ENTITIES, Map.of("r", GraphQl.representations("Customer", List.of(customer, "42"))))
                .statusCode(200)
                .body("data._entities[0].lifetimeValue.modelId", org.hamcrest.Matchers.equalTo(model))
                .body("data._entities[1].lifetimeValue", nullValue())
                .body("errors.size()", org.hamcrest.Matchers.equalTo(1))
                .body("errors[0].path", org.hamcrest.Matchers.equalTo(List.of("_entities", 1, "lifetimeValue")))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("VALIDATION"))
                .body("errors[0].message", org.hamcrest.Matchers.equalTo("id: not a valid id (expected a UUID)"));
    }

    private void check(String model, List<String> customers, List<String> segments) {
        JsonPath answer = request(customers, segments);
        for (int i = 0; i < customers.size(); i++) {
            assertThat(answer.getString("data._entities[" + i + "].id")).isEqualTo(customers.get(i));
            assertThat(answer.getString("data._entities[" + i + "].lifetimeValue.modelId")).isEqualTo(model);
            assertThat(answer.getDouble("data._entities[" + i + "].lifetimeValue.lifetimeValue")).isEqualTo(i + 0.5);
        }
        for (int i = 0; i < segments.size(); i++) {
            String entity = "data._entities[" + (customers.size() + i) + "]";
            assertThat(answer.getString(entity + ".id")).isEqualTo(segments.get(i));
            assertThat(answer.getDouble(entity + ".marketInputs.competitionIndex")).isEqualTo(i / 100.0);
            assertThat(answer.getString(entity + ".valuation")).isNull();
            assertThat(answer.getList(entity + ".campaignRoi")).isEmpty();
        }
    }

    private static JsonPath request(List<String> customers, List<String> segments) {
        List<Map<String, Object>> representations = new ArrayList<>(GraphQl.representations("Customer", customers));
        representations.addAll(GraphQl.representations("Segment", segments));
        return GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), ENTITIES, Map.of("r", representations))
                .statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private void storePredictionsAndMarketInputs(String model, List<String> customers, List<String> segments) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO clv_model (id, name, status, created_at, version, time_unit, horizon_months, currency)
                    VALUES (CAST(? AS uuid), 'batched', 'FITTED', now(), 0, 'WEEKS', 12, 'BAT')""")) {
                insert.setString(1, model);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO clv_prediction (model_id, customer_id, frequency, recency, age, mean_repeat_spend,
                        probability_alive, expected_purchases, expected_spend, lifetime_value)
                    VALUES (CAST(? AS uuid), CAST(? AS uuid), 1, 1, 2, 10, 0.5, 1, 10, ?)""")) {
                for (int i = 0; i < customers.size(); i++) {
                    insert.setString(1, model);
                    insert.setString(2, customers.get(i));
                    insert.setDouble(3, i + 0.5);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO segment_market_input (segment_id, addressable_market, growth_rate, competition_index, updated_at)
                    VALUES (?, 1000, 0.05, ?, now())""")) {
                for (int i = 0; i < segments.size(); i++) {
                    insert.setString(1, segments.get(i));
                    insert.setDouble(2, i / 100.0);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}
