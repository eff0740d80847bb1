package freshness;

import com.fasterxml.jackson.databind.JsonNode;
import common.Bench;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Freshness: from submitSurveyResponse (as the partner, through the gateway) to the customer's new segment tag visible
 * through the gateway. Members of an activated run (the demo's) answer again at a steady rate; each answer's customer is
 * then polled until profile-service holds a tag for the segmentation assigned after the previous one. The path:
 * survey-service scores and writes ValuesProfileScored to its outbox, segmentation-service assigns the nearest centroid
 * and writes CustomerSegmentAssigned to its outbox, profile-service stores the tag. The poll interval bounds the
 * resolution.
 *
 * Run by bench/run freshness (options: --gateway --keycloak --segmentation-id --rate --seconds --poll-ms).
 */
public class FreshnessBench {
    static final String TAGS = "query($r: String!) { customerByExternalRef(source: \"demo\", ref: $r) { segmentTags { segmentationId assignedAt } } }";

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(args);
        String segmentationId = bench.option("segmentation-id", "");
        double rate = Double.parseDouble(bench.option("rate", "4"));
        int seconds = bench.intOption("seconds", 60);
        int pollMillis = bench.intOption("poll-ms", 200);
        int samples = (int) Math.round(rate * seconds);

        List<String> refs = new ArrayList<>();
        String after = null;
        while (refs.size() < samples) {
            JsonNode page = bench.ok("analyst", "query($s: String!, $a: String) { customers(first: 100, after: $a, filter: { segmentationId: $s }) { edges { node { externalRef { ref } } } pageInfo { hasNextPage endCursor } } }",
                    after == null ? Map.of("s", segmentationId) : Map.of("s", segmentationId, "a", after)).path("customers");
            page.path("edges").forEach(e -> refs.add(e.path("node").path("externalRef").path("ref").asText()));
            if (!page.path("pageInfo").path("hasNextPage").asBoolean()) {
                break;
            }
            after = page.path("pageInfo").path("endCursor").asText();
        }
        if (refs.isEmpty()) {
            throw new IllegalStateException("no members of segmentation " + segmentationId + " (run the demo first)");
        }
        Bench.DemoSurvey survey = bench.publishDemoSurvey("Freshness bench");
        String surveyId = survey.id();
        List<String> items = survey.items();
        int min = survey.min();
        int max = survey.max();
        Bench.log("%d members to answer again (%s answers at %.1f/s for %d s, polled every %d ms)", refs.size(), samples, rate, seconds, pollMillis);

        long runId = System.nanoTime();
        long start = System.nanoTime();
        List<Future<long[]>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < samples; i++) {
                long due = start + (long) (i * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String ref = refs.get(i % refs.size());
                int sample = i;
                futures.add(pool.submit(() -> sample(bench, segmentationId, surveyId, ref, items, min, max, runId + "-" + sample, pollMillis)));
            }
            List<long[]> results = new ArrayList<>();
            for (Future<long[]> future : futures) {
                results.add(future.get());
            }
            long[] fresh = results.stream().filter(r -> r[0] >= 0).mapToLong(r -> r[0]).sorted().toArray();
            long[] submit = results.stream().mapToLong(r -> r[1]).sorted().toArray();
            Bench.result("samples", samples, "rate_per_s", rate, "seconds", seconds, "poll_ms", pollMillis,
                    "visible", fresh.length, "timeouts", samples - fresh.length,
                    "p50_ms", Bench.percentile(fresh, 50) / 1e6, "p90_ms", Bench.percentile(fresh, 90) / 1e6,
                    "p99_ms", Bench.percentile(fresh, 99) / 1e6, "max_ms", Bench.percentile(fresh, 100) / 1e6,
                    "submit_p50_ms", Bench.percentile(submit, 50) / 1e6, "submit_p99_ms", Bench.percentile(submit, 99) / 1e6);
        }
    }

    /** {freshness nanos or -1 on timeout, submit nanos}. */
    static long[] sample(Bench bench, String segmentationId, String surveyId, String ref, List<String> items, int min, int max,
                         String clientResponseId, int pollMillis) {
        Instant before = assignedAt(bench, ref, segmentationId);
        SplittableRandom random = new SplittableRandom(clientResponseId.hashCode());
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String item : items) {
            answers.add(Map.of("item", item, "rating", min + random.nextInt(max - min + 1)));
        }
        Instant now = Instant.now();
        Map<String, Object> input = Map.of("surveyId", surveyId, "customer", Map.of("source", "demo", "ref", ref),
                "answers", answers, "clientResponseId", clientResponseId,
                "startedAt", now.minusSeconds(300).toString(), "completedAt", now.toString());
        long sent = System.nanoTime();
        JsonNode response = bench.ok("partner", "mutation($i: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $i) { duplicate response { profile { quality { flagged } } } } }",
                Map.of("i", input));
        long submitted = System.nanoTime() - sent;
        if (response.path("submitSurveyResponse").path("response").path("profile").path("quality").path("flagged").asBoolean()) {
            throw new IllegalStateException("a bench answer was flagged: " + response);
        }
        long deadline = sent + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Instant current = assignedAt(bench, ref, segmentationId);
            if (current != null && (before == null || current.isAfter(before))) {
                return new long[] {System.nanoTime() - sent, submitted};
            }
            Bench.sleep(pollMillis);
        }
        return new long[] {-1, submitted};
    }

    static Instant assignedAt(Bench bench, String ref, String segmentationId) {
        for (JsonNode tag : bench.ok("partner", TAGS, Map.of("r", ref)).path("customerByExternalRef").path("segmentTags")) {
            if (tag.path("segmentationId").asText().equals(segmentationId)) {
                return Instant.parse(tag.path("assignedAt").asText());
            }
        }
        return null;
    }
}
