package io.motiv.segmentation;

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
import org.junit.jupiter.api.AfterEach;
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
 * The gateway asks segmentation-service for the segments of a page of customers with one {@code _entities} call;
 * {@code segment(segmentationId)} costs one statement per segmentation asked for, not one per customer, and two aliases
 * with two segmentations each get their own segment. Counted by the server ({@link SqlStatements}). Checked once by
 * turning {@code segment} back into a per-customer resolver: 100 customers then cost 99 statements more per
 * segmentation, and this test failed.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "segmentation"))
@QuarkusTestResource(KafkaResource.class)
class BatchedEntitiesTest {

    private static final String DATABASE = "segmentation_test";
    // The run worker polls for queued runs on its own schedule (every statement of it is an UPDATE segmentation_run).
    private static final String RUN_WORKER = "^\\s*UPDATE segmentation_run";
    private static final String ENTITIES = """
            query($r: [_Any!]!, $a: ID!, $b: ID!) { _entities(representations: $r) {
              ... on Customer { id a: segment(segmentationId: $a) { position } b: segment(segmentationId: $b) { position } } } }""";

    @Inject
    DataSource dataSource;

    @Inject
    OutboxRelay relay;

    private final List<String> segmentations = new ArrayList<>();
    private final List<String> consenting = new ArrayList<>();

    /**
     * These active runs have no model, which live placement of new answers needs: other tests of this JVM would send
     * their events to the dead-letter topic. Remove what the test stored.
     */
    @AfterEach
    void removeStoredSegmentations() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String[] ids = segmentations.toArray(String[]::new);
            execute(connection, "UPDATE segmentation SET active_run_id = NULL WHERE id = ANY (CAST(? AS uuid[]))", (Object) ids);
            execute(connection, "DELETE FROM run_assignment WHERE run_id IN (SELECT id FROM segmentation_run WHERE segmentation_id = ANY (CAST(? AS uuid[])))", (Object) ids);
            execute(connection, "DELETE FROM segment WHERE run_id IN (SELECT id FROM segmentation_run WHERE segmentation_id = ANY (CAST(? AS uuid[])))", (Object) ids);
            execute(connection, "DELETE FROM segmentation_run WHERE segmentation_id = ANY (CAST(? AS uuid[]))", (Object) ids);
            execute(connection, "DELETE FROM segmentation WHERE id = ANY (CAST(? AS uuid[]))", (Object) ids);
            execute(connection, "DELETE FROM profiling_consent WHERE customer_id = ANY (CAST(? AS uuid[]))", (Object) consenting.toArray(String[]::new));
        }
        segmentations.clear();
        consenting.clear();
    }

    @Test
    void shouldResolveHundredCustomersWithTheSameNumberOfStatementsAsOne() throws SQLException {
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            customers.add(UUID.randomUUID().toString());
        }
        // Segmentation a puts customer i in segment i % 3, segmentation b in segment (i + 1) % 3.
        String a = storeActiveRun(customers, 0);
        String b = storeActiveRun(customers, 1);

        relay.stop(); // it polls the outbox on its own schedule
        try {
            // One statement per segmentation asked for, however many customers.
            assertThat(SqlStatements.forOneAndHundred(DATABASE, RUN_WORKER, n -> check(customers.subList(0, n), a, b)))
                    .containsExactly(2, 2);
        } finally {
            relay.start();
        }
    }

    @Test
    void shouldFailOnlyTheFieldOfAMalformedIdInABatch() throws SQLException {
        String customer = UUID.randomUUID().toString();
        String a = storeActiveRun(List.of(customer), 0);
        GraphQl.post(viewer(), ENTITIES, Map.of("a", a, "b", a, "r", GraphQl.representations("Customer", List.of(customer, "42"))))
                .statusCode(200)
                .body("data._entities[0].a.position", equalTo(0))
                .body("data._entities[1].a", nullValue())
                .body("errors.size()", equalTo(2))
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("id: not a valid id (expected a UUID)"))
                .body("errors.path", org.hamcrest.Matchers.containsInAnyOrder(List.of("_entities", 1, "a"), List.of("_entities", 1, "b")));
    }

    private static void check(List<String> customers, String a, String b) {
        JsonPath answer = request(customers, a, b);
        for (int i = 0; i < customers.size(); i++) {
            assertThat(answer.getString("data._entities[" + i + "].id")).isEqualTo(customers.get(i));
            assertThat(answer.getInt("data._entities[" + i + "].a.position")).isEqualTo(i % 3);
            assertThat(answer.getInt("data._entities[" + i + "].b.position")).isEqualTo((i + 1) % 3);
        }
    }

    private static JsonPath request(List<String> customers, String a, String b) {
        return GraphQl.post(viewer(), ENTITIES, Map.of("r", GraphQl.representations("Customer", customers), "a", a, "b", b))
                .statusCode(200).body("errors", nullValue()).extract().jsonPath();
    }

    private static String viewer() {
        return TestTokens.forRoles("viewer-user", "viewer");
    }

    /** A segmentation whose active run has 3 segments and puts customer i in segment (i + shift) % 3, all consenting. */
    private String storeActiveRun(List<String> customers, int shift) throws SQLException {
        String segmentation = UUID.randomUUID().toString();
        String run = UUID.randomUUID().toString();
        segmentations.add(segmentation);
        consenting.addAll(customers);
        try (Connection connection = dataSource.getConnection()) {
            execute(connection, "INSERT INTO segmentation (id, name, created_at, version) VALUES (CAST(? AS uuid), ?, now(), 0)",
                    segmentation, "batched " + segmentation);
            execute(connection, """
                    INSERT INTO segmentation_run (id, segmentation_id, status, algorithm, k_min, k_max, restarts, seed, created_at)
                    VALUES (CAST(? AS uuid), CAST(? AS uuid), 'SUCCEEDED', 'KMEANS', 3, 3, 1, 1, now())""", run, segmentation);
            for (int position = 0; position < 3; position++) {
                execute(connection, """
                        INSERT INTO segment (id, run_id, position, label, size, share, profile)
                        VALUES (gen_random_uuid(), CAST(? AS uuid), ?, 'segment', 1, 0.33, '{}')""", run, position);
            }
            execute(connection, "UPDATE segmentation SET active_run_id = CAST(? AS uuid) WHERE id = CAST(? AS uuid)", run, segmentation);
            for (int i = 0; i < customers.size(); i++) {
                execute(connection, "INSERT INTO run_assignment (run_id, customer_id, position, distance) VALUES (CAST(? AS uuid), CAST(? AS uuid), ?, 0)",
                        run, customers.get(i), (i + shift) % 3);
                execute(connection, """
                        INSERT INTO profiling_consent (customer_id, status, changed_at) VALUES (CAST(? AS uuid), 'GRANTED', now())
                        ON CONFLICT (customer_id) DO NOTHING""", customers.get(i));
            }
        }
        return segmentation;
    }

    private static void execute(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
