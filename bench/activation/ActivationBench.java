import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Segmentation end to end at scale, against the running local suite (bench/run tagging): N customers with 16 value features in
 * segmentation-service's feature store and in profile-service, a k-means run (k = 8), activation, and the time until
 * every tag is visible in profile-service. Prints one RESULT line.
 *
 * Usage: java -cp 'deploy/local/target/lib/*' bench/activation/ActivationBench.java N jdbcBase graphqlUrl analystToken
 */
public class ActivationBench {

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        String jdbc = args[1];
        String graphql = args[2];
        String token = args[3];
        String tag = "bench" + Long.toHexString(System.nanoTime());
        try (Connection segmentation = DriverManager.getConnection(jdbc + "/segmentation", "motiv", "motiv");
             Connection profile = DriverManager.getConnection(jdbc + "/profile", "motiv", "motiv")) {
            long t0 = System.nanoTime();
            StringBuilder values = new StringBuilder("jsonb_build_object(");
            for (int j = 0; j < 16; j++) {
                // 8 planted groups (g % 8) with unit noise, so the run has structure to find
                values.append(j == 0 ? "" : ", ").append("'").append(tag.toUpperCase()).append('_').append(j)
                        .append("', ((g % 8) * ").append((j % 5) + 1).append(" % 7) + (random() - 0.5) * 2");
            }
            values.append(")");
            segmentation.createStatement().execute("""
                    INSERT INTO values_features (customer_id, response_id, instrument, centred, higher_order_centred, mrat, flagged, answered_at)
                    SELECT md5('%s' || g)::uuid, 'bench', 'bench', %s, '{}', 3.5, false, now() FROM generate_series(1, %d) g"""
                    .formatted(tag, values, n));
            segmentation.createStatement().execute("""
                    INSERT INTO profiling_consent (customer_id, status, changed_at)
                    SELECT md5('%s' || g)::uuid, 'GRANTED', now() FROM generate_series(1, %d) g""".formatted(tag, n));
            profile.createStatement().execute("""
                    INSERT INTO customer (id, kind, external_source, external_ref, created_at, updated_at, version)
                    SELECT md5('%s' || g)::uuid, 'PERSON', 'bench', '%s-' || g, now(), now(), 0 FROM generate_series(1, %d) g"""
                    .formatted(tag, tag, n));
            System.out.printf("loaded %,d customers into both services in %.1f s%n", n, seconds(t0));

            StringBuilder features = new StringBuilder();
            for (int j = 0; j < 16; j++) {
                features.append(j == 0 ? "" : ", ").append("{name: \\\"value.").append(tag.toUpperCase()).append('_').append(j).append("\\\"}");
            }
            String segmentationId = field(post(graphql, token, "mutation { defineSegmentation(input: {name: \\\"" + tag
                    + "\\\", features: [" + features + "]}) { id } }"), "id");
            long run = System.nanoTime();
            String runId = field(post(graphql, token, "mutation { startSegmentationRun(input: {segmentationId: \\\""
                    + segmentationId + "\\\", k: 8, restarts: 3, seed: \\\"1\\\"}) { id } }"), "id");
            String status;
            do {
                Thread.sleep(500);
                status = field(post(graphql, token, "{ segmentationRun(id: \\\"" + runId + "\\\") { status step } }"), "status");
            } while (!status.equals("SUCCEEDED") && !status.equals("FAILED") && !status.equals("CANCELLED"));
            double runSeconds = seconds(run);
            System.out.printf("run %s %s in %.1f s%n", runId, status, runSeconds);
            if (!status.equals("SUCCEEDED")) {
                System.out.println(post(graphql, token, "{ segmentationRun(id: \\\"" + runId + "\\\") { reason } }"));
                System.exit(1);
            }

            long activating = System.nanoTime();
            post(graphql, token, "mutation { activateRun(runId: \\\"" + runId + "\\\") { id } }");
            double activateSeconds = seconds(activating);
            System.out.printf("activateRun (outbox rows for every member) answered in %.1f s%n", activateSeconds);
            long tagged = 0;
            long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000;
            while (tagged < n && System.nanoTime() < deadline) {
                Thread.sleep(2000);
                try (ResultSet count = profile.createStatement().executeQuery(
                        "SELECT count(*) FROM segment_tag WHERE segmentation_id = '" + segmentationId + "'")) {
                    count.next();
                    tagged = count.getLong(1);
                }
                System.out.printf("  %5.0f s  %,d tagged%n", seconds(activating), tagged);
            }
            double total = seconds(activating);
            System.out.printf("RESULT n=%d run_seconds=%.1f activate_seconds=%.1f tagged=%d seconds_to_all_tags=%.1f tags_per_second=%.0f%n",
                    n, runSeconds, activateSeconds, tagged, total, tagged / total);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String post(String url, String token, String query) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"" + query + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.body().contains("\"errors\"")) {
            throw new IllegalStateException(response.body());
        }
        return response.body();
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }
}
