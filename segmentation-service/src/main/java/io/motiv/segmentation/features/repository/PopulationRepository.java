package io.motiv.segmentation.features.repository;

import io.motiv.segmentation.features.model.Feature;
import io.motiv.segmentation.features.model.FeatureCatalog;
import io.motiv.segmentation.features.model.FeatureGroup;
import io.motiv.segmentation.features.model.FeatureVectors;
import io.motiv.segmentation.features.model.Population;
import io.motiv.segmentation.features.model.RawFeatures;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Reads a run's population from the feature store, streaming: customers with PROFILING consent and every chosen
 * feature group, in customer-id order, into one row-major array sized from a count (no doubling copies).
 */
@ApplicationScoped
public class PopulationRepository {

    private static final int FETCH_SIZE = 10_000;

    public Population load(Connection connection, List<Feature> features, Instant asOf, boolean excludeFlagged,
                           BooleanSupplier cancelled) throws SQLException {
        Set<FeatureGroup> groups = FeatureCatalog.groups(features);
        List<String> universe = new ArrayList<>(List.of("SELECT customer_id FROM profiling_consent"));
        if (groups.contains(FeatureGroup.VALUES)) {
            universe.add("SELECT customer_id FROM values_features");
        }
        if (groups.contains(FeatureGroup.BEHAVIOUR)) {
            universe.add("SELECT customer_id FROM behaviour_features");
        }
        if (groups.contains(FeatureGroup.DEMOGRAPHIC)) {
            universe.add("SELECT customer_id FROM demographic_features");
        }
        String ids = String.join(" UNION ", universe);
        int capacity;
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) FROM profiling_consent WHERE status = 'GRANTED'")) {
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                capacity = Math.toIntExact(rows.getLong(1));
            }
        }
        String sql = "SELECT ids.customer_id, " + RawFeatures.COLUMNS + " FROM (" + ids + ") ids"
                + " LEFT JOIN profiling_consent c ON c.customer_id = ids.customer_id"
                + " LEFT JOIN values_features v ON v.customer_id = ids.customer_id AND " + groups.contains(FeatureGroup.VALUES)
                + " LEFT JOIN behaviour_features b ON b.customer_id = ids.customer_id AND " + groups.contains(FeatureGroup.BEHAVIOUR)
                + " LEFT JOIN demographic_features d ON d.customer_id = ids.customer_id AND " + groups.contains(FeatureGroup.DEMOGRAPHIC)
                + " ORDER BY ids.customer_id";
        int columns = features.size();
        UUID[] customers = new UUID[capacity];
        double[] matrix = new double[capacity * columns];
        long known = 0;
        long[] excluded = new long[FeatureVectors.Outcome.values().length];
        int included = 0;
        double[] row = new double[columns];
        Object[] raw = new Object[9];
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    known++;
                    if ((known & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                        throw new CancellationException("cancelled while loading the population");
                    }
                    for (int i = 0; i < raw.length; i++) {
                        raw[i] = rows.getObject(i + 2);
                    }
                    UUID customer = rows.getObject(1, UUID.class);
                    FeatureVectors.Outcome outcome = FeatureVectors.fill(row, features, RawFeatures.of(raw, 0),
                            excludeFlagged, asOf, customer);
                    if (outcome != FeatureVectors.Outcome.INCLUDED) {
                        excluded[outcome.ordinal()]++;
                        continue;
                    }
                    if (included == customers.length) { // consent granted since the count
                        customers = Arrays.copyOf(customers, included + 1024);
                        matrix = Arrays.copyOf(matrix, (included + 1024) * columns);
                    }
                    System.arraycopy(row, 0, matrix, included * columns, columns);
                    customers[included++] = customer;
                }
            }
        }
        return new Population(Arrays.copyOf(customers, included),
                matrix.length == included * columns ? matrix : Arrays.copyOf(matrix, included * columns), columns,
                new Population.Counts(known, excluded[FeatureVectors.Outcome.WITHOUT_CONSENT.ordinal()],
                        excluded[FeatureVectors.Outcome.MISSING_FEATURES.ordinal()],
                        excluded[FeatureVectors.Outcome.FLAGGED.ordinal()], included));
    }
}
