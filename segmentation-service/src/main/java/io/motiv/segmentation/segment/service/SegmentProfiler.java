package io.motiv.segmentation.segment.service;

import io.motiv.segmentation.features.model.FeatureCatalog;
import io.motiv.segmentation.run.RunModel;
import io.motiv.segmentation.segment.SegmentProfile;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Profiles a run's segments from the feature store, in the database (aggregates over the run's members, a
 * million rows in seconds): values and higher-order deviations from the run's population, RFM means and the
 * demographic mix. Centroids come from the run's model.
 */
@ApplicationScoped
public class SegmentProfiler {

    static final int DEFINING_VALUES = 3;
    static final int TOP_CATEGORIES = 3;

    private record Stat(double mean, double sd) {
    }

    public List<SegmentProfile> profile(Connection connection, UUID runId, RunModel model, double[][] centroids,
                                        long[] sizes) throws SQLException {
        int k = sizes.length;
        List<List<SegmentProfile.Deviation>> values = deviations(connection, runId, "centred", k);
        List<List<SegmentProfile.Deviation>> higher = deviations(connection, runId, "higher_order_centred", k);
        List<SegmentProfile.Behaviour> behaviour = behaviour(connection, runId, model, k);
        List<List<SegmentProfile.AttributeMix>> mix = demographics(connection, runId, sizes);
        List<SegmentProfile> profiles = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            double[] original = model.toOriginalUnits(centroids[c]);
            List<SegmentProfile.FeatureValue> centroid = new ArrayList<>();
            for (int j = 0; j < original.length; j++) {
                centroid.add(new SegmentProfile.FeatureValue(model.features().get(j).name(), original[j]));
            }
            List<SegmentProfile.Deviation> defining = values.get(c).stream()
                    .sorted(Comparator.comparingDouble((SegmentProfile.Deviation d) -> -Math.abs(d.deviation())))
                    .limit(DEFINING_VALUES).toList();
            profiles.add(new SegmentProfile(centroid, defining, higher.get(c), behaviour.get(c), mix.get(c)));
        }
        return profiles;
    }

    private static List<List<SegmentProfile.Deviation>> deviations(Connection connection, UUID runId, String column, int k)
            throws SQLException {
        Map<String, Stat> population = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT e.key, avg(e.value::float8), coalesce(stddev_pop(e.value::float8), 0)"
                        + " FROM run_assignment a JOIN values_features v ON v.customer_id = a.customer_id,"
                        + " jsonb_each_text(v." + column + ") e WHERE a.run_id = ? GROUP BY e.key")) {
            query.setObject(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    population.put(rows.getString(1), new Stat(rows.getDouble(2), rows.getDouble(3)));
                }
            }
        }
        List<List<SegmentProfile.Deviation>> segments = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            segments.add(new ArrayList<>());
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT a.position, e.key, avg(e.value::float8)"
                        + " FROM run_assignment a JOIN values_features v ON v.customer_id = a.customer_id,"
                        + " jsonb_each_text(v." + column + ") e WHERE a.run_id = ? GROUP BY a.position, e.key"
                        + " ORDER BY a.position, e.key")) {
            query.setObject(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Stat stat = population.get(rows.getString(2));
                    double mean = rows.getDouble(3);
                    double deviation = stat.sd() > 0 ? (mean - stat.mean()) / stat.sd() : 0;
                    segments.get(rows.getInt(1)).add(new SegmentProfile.Deviation(rows.getString(2), mean, deviation));
                }
            }
        }
        return segments;
    }

    private static List<SegmentProfile.Behaviour> behaviour(Connection connection, UUID runId, RunModel model, int k)
            throws SQLException {
        String metrics = "extract(epoch FROM (CAST(? AS timestamptz) - b.last_purchase)) / 86400.0 AS recency,"
                + " b.orders::float8 AS frequency, b.monetary AS monetary,"
                + " extract(epoch FROM (CAST(? AS timestamptz) - b.first_purchase)) / 86400.0 AS tenure";
        String members = "SELECT a.position, " + metrics + " FROM run_assignment a"
                + " JOIN behaviour_features b ON b.customer_id = a.customer_id WHERE a.run_id = ?";
        double[] population = new double[6];
        try (PreparedStatement query = connection.prepareStatement("SELECT avg(recency), coalesce(stddev_pop(recency), 0),"
                + " avg(frequency), coalesce(stddev_pop(frequency), 0), avg(monetary), coalesce(stddev_pop(monetary), 0)"
                + " FROM (" + members + ") m")) {
            bind(query, model, runId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                for (int i = 0; i < 6; i++) {
                    population[i] = rows.getDouble(i + 1);
                }
            }
        }
        List<SegmentProfile.Behaviour> segments = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            segments.add(null);
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT position, count(*), avg(recency), avg(frequency),"
                + " avg(monetary), avg(tenure) FROM (" + members + ") m GROUP BY position")) {
            bind(query, model, runId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    double recency = rows.getDouble(3);
                    double frequency = rows.getDouble(4);
                    double monetary = rows.getDouble(5);
                    segments.set(rows.getInt(1), new SegmentProfile.Behaviour(rows.getLong(2), recency, frequency,
                            monetary, rows.getDouble(6), z(recency, population[0], population[1]),
                            z(frequency, population[2], population[3]), z(monetary, population[4], population[5])));
                }
            }
        }
        return segments;
    }

    private static void bind(PreparedStatement query, RunModel model, UUID runId) throws SQLException {
        Timestamp asOf = Timestamp.from(model.asOf());
        query.setTimestamp(1, asOf);
        query.setTimestamp(2, asOf);
        query.setObject(3, runId);
    }

    private static double z(double value, double mean, double sd) {
        return sd > 0 ? (value - mean) / sd : 0;
    }

    private static List<List<SegmentProfile.AttributeMix>> demographics(Connection connection, UUID runId, long[] sizes)
            throws SQLException {
        int k = sizes.length;
        List<Map<String, List<SegmentProfile.CategoryShare>>> counts = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            counts.add(new java.util.TreeMap<>());
        }
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT position, key, value, customers FROM (
                    SELECT a.position, e.key, e.value, count(*) AS customers,
                           row_number() OVER (PARTITION BY a.position, e.key ORDER BY count(*) DESC, e.value) AS rank
                    FROM run_assignment a JOIN demographic_features d ON d.customer_id = a.customer_id,
                         jsonb_each_text(d.attributes) e
                    WHERE a.run_id = ? AND e.key = ANY (?)
                    GROUP BY a.position, e.key, e.value) ranked
                WHERE rank <= ? ORDER BY position, key, rank""")) {
            query.setObject(1, runId);
            query.setArray(2, connection.createArrayOf("text", FeatureCatalog.CATEGORICAL_ATTRIBUTES.toArray()));
            query.setInt(3, TOP_CATEGORIES);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int position = rows.getInt(1);
                    long customers = rows.getLong(4);
                    counts.get(position).computeIfAbsent(rows.getString(2), key -> new ArrayList<>())
                            .add(new SegmentProfile.CategoryShare(rows.getString(3), customers,
                                    sizes[position] == 0 ? 0 : (double) customers / sizes[position]));
                }
            }
        }
        List<List<SegmentProfile.AttributeMix>> mixes = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            mixes.add(counts.get(c).entrySet().stream()
                    .map(entry -> new SegmentProfile.AttributeMix(entry.getKey(), entry.getValue())).toList());
        }
        return mixes;
    }
}
