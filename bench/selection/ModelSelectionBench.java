package selection;

import com.fasterxml.jackson.databind.JsonNode;
import common.Bench;
import common.Blobs;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * Model selection end to end: N customers with D value features (overlapping blobs around 8 planted centres, as in
 * the clustering bench) copied into segmentation-service's feature store with PROFILING consent, then a run over
 * k = kMin..kMax through the gateway (k-means, R restarts per k, diagnostics, silhouette on a sample, bootstrap
 * stability, members and profiles stored), timed from startSegmentationRun to SUCCEEDED. The same rows are written to
 * a file for scikit-learn's equivalent loop (sklearn_select.py) in the same run.
 *
 * Run by bench/run model-selection (options: --gateway --keycloak --jdbc --n --d --kmin --kmax --restarts --seed --data).
 */
public class ModelSelectionBench {

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(args);
        int n = bench.intOption("n", 200_000);
        int d = bench.intOption("d", 16);
        int kMin = bench.intOption("kmin", 2);
        int kMax = bench.intOption("kmax", 12);
        int restarts = bench.intOption("restarts", 10);
        long seed = Long.parseLong(bench.option("seed", "1"));
        String tag = "MS" + Long.toHexString(System.currentTimeMillis()).toUpperCase(Locale.ROOT);

        double[] values = Blobs.generate(n, d, 8, seed);
        Blobs.write(values, bench.option("data", "/tmp/motiv-select.f64"));
        long t = System.nanoTime();
        try (Connection db = DriverManager.getConnection(bench.option("jdbc", "jdbc:postgresql://127.0.0.1:55432") + "/segmentation", "motiv", "motiv")) {
            var copy = db.unwrap(PGConnection.class).getCopyAPI();
            for (int from = 0; from < n; from += 20_000) {
                StringBuilder features = new StringBuilder();
                StringBuilder consent = new StringBuilder();
                for (int i = from; i < Math.min(n, from + 20_000); i++) {
                    UUID id = UUID.nameUUIDFromBytes((tag + i).getBytes());
                    features.append(id).append(",bench,bench,\"{");
                    for (int j = 0; j < d; j++) {
                        features.append(j == 0 ? "" : ", ").append("\"\"").append(tag).append('_').append(j).append("\"\": ")
                                .append(values[i * d + j]);
                    }
                    features.append("}\",{},3.5,false,now()\n");
                    consent.append(id).append(",GRANTED,now()\n");
                }
                copy.copyIn("COPY values_features (customer_id, response_id, instrument, centred, higher_order_centred, mrat, flagged, answered_at) FROM STDIN (FORMAT csv)",
                        new StringReader(features.toString()));
                copy.copyIn("COPY profiling_consent (customer_id, status, changed_at) FROM STDIN (FORMAT csv)", new StringReader(consent.toString()));
            }
        }
        Bench.log("copied %,d customers into the feature store in %.1f s", n, Bench.seconds(t));

        List<Map<String, String>> features = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            features.add(Map.of("name", "value." + tag + "_" + j));
        }
        String segmentationId = bench.ok("analyst", "mutation($n: String!, $f: [FeatureWeightInput!]) { defineSegmentation(input: { name: $n, features: $f }) { id } }",
                Map.of("n", tag, "f", features)).path("defineSegmentation").path("id").asText();
        t = System.nanoTime();
        String runId = bench.ok("analyst", "mutation($s: ID!, $a: Int, $b: Int, $r: Int, $seed: String) { startSegmentationRun(input: { segmentationId: $s, kMin: $a, kMax: $b, restarts: $r, seed: $seed }) { id } }",
                Map.of("s", segmentationId, "a", kMin, "b", kMax, "r", restarts, "seed", String.valueOf(seed))).path("startSegmentationRun").path("id").asText();
        JsonNode run;
        do {
            Bench.sleep(250);
            run = bench.ok("analyst", "query($r: ID!) { segmentationRun(id: $r) { status reason k report { durationMillis recommendedK population { included } candidates { k silhouette } } } }",
                    Map.of("r", runId)).path("segmentationRun");
        } while (!Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(run.path("status").asText()));
        double seconds = Bench.seconds(t);
        if (!run.path("status").asText().equals("SUCCEEDED")) {
            throw new IllegalStateException("run " + runId + ": " + run);
        }
        Bench.log("run: %s", run.path("report"));
        Bench.result("engine", "motiv", "n", run.path("report").path("population").path("included").asInt(), "d", d, "kmin", kMin, "kmax", kMax,
                "restarts", restarts, "seconds", seconds, "run_ms", run.path("report").path("durationMillis").asLong(), "k", run.path("k").asInt());
    }
}
