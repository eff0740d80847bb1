package io.motiv.segmentation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes customers straight into the feature store, for tests about runs (the event path into the store has its
 * own tests). Each test uses value keys of its own (e.g. {@code PLANTED_3}) so runs see only that test's customers.
 */
public final class FeatureFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Customer(UUID id, Map<String, Object> centred, Map<String, Object> higherOrder, boolean flagged,
                           String consent, Behaviour behaviour, int truth) {
    }

    public record Behaviour(int orders, double monetary, Instant first, Instant last) {
    }

    private FeatureFixture() {
    }

    /** {@code perArchetype} customers around each of the centres (values keys prefix_0..prefix_d-1), noise sd given. */
    public static List<Customer> archetypes(String prefix, double[][] centres, int perArchetype, double noise, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Customer> customers = new ArrayList<>();
        for (int a = 0; a < centres.length; a++) {
            for (int i = 0; i < perArchetype; i++) {
                Map<String, Object> values = new java.util.TreeMap<>();
                for (int j = 0; j < centres[a].length; j++) {
                    values.put(prefix + "_" + j, centres[a][j] + noise * gaussian(random));
                }
                customers.add(new Customer(UUID.randomUUID(), values, Map.of(), false, "GRANTED", null, a));
            }
        }
        return customers;
    }

    public static void insert(DataSource dataSource, List<Customer> customers) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement values = connection.prepareStatement("""
                    INSERT INTO values_features (customer_id, response_id, instrument, centred, higher_order_centred, mrat, flagged, answered_at)
                    VALUES (?, ?, 'fixture', CAST(? AS jsonb), CAST(? AS jsonb), 3.5, ?, now())
                    ON CONFLICT (customer_id) DO UPDATE SET centred = EXCLUDED.centred, flagged = EXCLUDED.flagged""");
                 PreparedStatement consent = connection.prepareStatement("""
                         INSERT INTO profiling_consent (customer_id, status, changed_at) VALUES (?, ?, now())
                         ON CONFLICT (customer_id) DO UPDATE SET status = EXCLUDED.status""");
                 PreparedStatement behaviour = connection.prepareStatement("""
                         INSERT INTO behaviour_features (customer_id, orders, monetary, first_purchase, last_purchase)
                         VALUES (?, ?, ?, ?, ?)""")) {
                int batched = 0;
                for (Customer customer : customers) {
                    if (customer.centred() != null) {
                        values.setObject(1, customer.id());
                        values.setString(2, "r-" + customer.id());
                        values.setString(3, JSON.writeValueAsString(customer.centred()));
                        values.setString(4, JSON.writeValueAsString(customer.higherOrder()));
                        values.setBoolean(5, customer.flagged());
                        values.addBatch();
                    }
                    if (customer.consent() != null) {
                        consent.setObject(1, customer.id());
                        consent.setString(2, customer.consent());
                        consent.addBatch();
                    }
                    if (customer.behaviour() != null) {
                        behaviour.setObject(1, customer.id());
                        behaviour.setInt(2, customer.behaviour().orders());
                        behaviour.setDouble(3, customer.behaviour().monetary());
                        behaviour.setTimestamp(4, Timestamp.from(customer.behaviour().first()));
                        behaviour.setTimestamp(5, Timestamp.from(customer.behaviour().last()));
                        behaviour.addBatch();
                    }
                    if (++batched % 5000 == 0) {
                        values.executeBatch();
                        consent.executeBatch();
                        behaviour.executeBatch();
                    }
                }
                values.executeBatch();
                consent.executeBatch();
                behaviour.executeBatch();
            }
            connection.commit();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
