package ingest;

import com.fasterxml.jackson.databind.JsonNode;
import common.Bench;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Ingest as a partner would do it (client partner-demo, through the gateway, a few requests in parallel): register N
 * customers (registerCustomers), record both consents (recordConsent, 15 aliases a request), N x L purchase lines
 * (recordPurchases, a customer's lines in one request), a CSV import of purchase lines into profile-service directly
 * (POST /purchases/import; the gateway carries GraphQL only), and one values answer per customer
 * (submitSurveyResponse, 15 aliases a request). Each step is timed alone; one RESULT line per step.
 *
 * Run by bench/run ingest (options: --gateway --keycloak --profile-base --customers --lines --csv-lines --threads).
 */
public class IngestBench {
    static final int ALIASES = 15;

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(args);
        int customers = bench.intOption("customers", 5000);
        int linesPerCustomer = bench.intOption("lines", 10);
        int csvLines = bench.intOption("csv-lines", 100_000);
        int threads = bench.intOption("threads", 3);
        String tag = "b" + Long.toHexString(System.currentTimeMillis());
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            refs.add(tag + "-" + i);
        }
        Map<String, String> ids = new ConcurrentHashMap<>();

        long t = System.nanoTime();
        parallel(threads, chunks(refs, 500), batch -> {
            List<Map<String, Object>> inputs = batch.stream().<Map<String, Object>>map(ref -> Map.of(
                    "externalRef", Map.of("source", "bench", "ref", ref), "kind", "PERSON")).toList();
            JsonNode results = bench.ok("partner", "mutation($in: [RegisterCustomerInput!]!) { registerCustomers(inputs: $in) { results { index customer { id } error { code } } } }",
                    Map.of("in", inputs)).path("registerCustomers").path("results");
            for (JsonNode result : results) {
                if (!result.path("customer").path("id").isTextual()) {
                    throw new IllegalStateException("registering failed: " + result);
                }
                ids.put(batch.get(result.path("index").asInt()), result.path("customer").path("id").asText());
            }
        });
        step("customers", "registerCustomers", customers, t, 500);

        List<Map<String, Object>> consents = new ArrayList<>();
        for (String ref : refs) {
            for (String purpose : List.of("VALUES_SURVEY", "PROFILING")) {
                consents.add(Map.of("customerId", ids.get(ref), "purpose", purpose, "status", "GRANTED", "source", "bench",
                        "legalTextVersion", "bench-1"));
            }
        }
        t = System.nanoTime();
        parallel(threads, chunks(consents, ALIASES), batch -> {
            JsonNode answer = aliased(bench, "recordConsent", "RecordConsentInput!", batch, "status");
            if (answer.has("errors")) {
                throw new IllegalStateException("recordConsent failed: " + Bench.shorten(answer.toString()));
            }
        });
        step("consents", "recordConsent", consents.size(), t, ALIASES);

        Instant origin = Instant.parse("2025-01-01T00:00:00Z");
        int perRequest = Math.max(1, 250 / linesPerCustomer); // about 250 lines, 55 kB, below the gateway's 100 KiB
        AtomicInteger stored = new AtomicInteger();
        t = System.nanoTime();
        parallel(threads, chunks(refs, perRequest), batch -> {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (String ref : batch) {
                SplittableRandom random = new SplittableRandom(ref.hashCode());
                for (int i = 0; i < linesPerCustomer; i++) {
                    lines.add(Map.of("orderId", ref + "-" + i, "customer", Map.of("source", "bench", "ref", ref),
                            "amount", String.format(Locale.ROOT, "%.2f", 5 + random.nextDouble() * 200), "currency", "EUR",
                            "purchasedAt", origin.plusSeconds(random.nextLong(365L * 86400)).toString()));
                }
            }
            JsonNode result = bench.ok("partner", "mutation($p: [PurchaseInput!]!) { recordPurchases(purchases: $p) { recorded duplicates rejected } }",
                    Map.of("p", lines)).path("recordPurchases");
            if (result.path("rejected").asInt() > 0) {
                throw new IllegalStateException("purchases rejected: " + result);
            }
            stored.addAndGet(result.path("recorded").asInt());
        });
        step("purchases", "recordPurchases", stored.get(), t, perRequest * linesPerCustomer);

        StringBuilder csv = new StringBuilder("order_id,customer_source,customer_ref,amount,currency,purchased_at\n");
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < csvLines; i++) {
            csv.append(tag).append("-csv-").append(i).append(",bench,").append(refs.get(i % customers)).append(',')
                    .append(String.format(Locale.ROOT, "%.2f", 5 + random.nextDouble() * 200)).append(",EUR,")
                    .append(origin.plusSeconds(random.nextLong(365L * 86400))).append('\n');
        }
        t = System.nanoTime();
        HttpResponse<String> imported = bench.http.send(HttpRequest.newBuilder(URI.create(bench.option("profile-base", "http://127.0.0.1:8081") + "/purchases/import"))
                .timeout(java.time.Duration.ofMinutes(10)).header("Content-Type", "text/csv").header("Authorization", "Bearer " + bench.token("partner"))
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 200) {
            throw new IllegalStateException("CSV import: HTTP " + imported.statusCode() + " " + Bench.shorten(imported.body()));
        }
        Bench.log("CSV import report: %s", Bench.shorten(imported.body()));
        step("purchases", "csv-import", csvLines, t, csvLines);

        Bench.DemoSurvey survey = bench.publishDemoSurvey("Ingest bench");
        String surveyId = survey.id();
        int min = survey.min();
        int max = survey.max();
        Instant now = Instant.now();
        Map<String, Map<String, Object>> pending = new ConcurrentHashMap<>();
        for (String ref : refs) {
            SplittableRandom r = new SplittableRandom(ref.hashCode());
            List<Map<String, Object>> answers = new ArrayList<>();
            survey.items().forEach(item -> answers.add(Map.of("item", item, "rating", min + r.nextInt(max - min + 1))));
            pending.put(ref, Map.of("surveyId", surveyId, "customer", Map.of("source", "bench", "ref", ref), "answers", answers,
                    "clientResponseId", ref + "-values", "startedAt", now.minusSeconds(600).toString(), "completedAt", now.toString()));
        }
        // survey-service learns customers and consents from events: an answer that meets NOT_FOUND or CONSENT_REQUIRED
        // is sent again (clientResponseId makes that safe); resends are counted
        AtomicInteger resends = new AtomicInteger();
        t = System.nanoTime();
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (!pending.isEmpty() && System.nanoTime() < deadline) {
            List<String> open = refs.stream().filter(pending::containsKey).toList();
            parallel(threads, chunks(open, ALIASES), batch -> {
                JsonNode answer = aliased(bench, "submitSurveyResponse", "SubmitSurveyResponseInput!",
                        batch.stream().map(pending::get).toList(), "duplicate");
                Set<String> retry = new java.util.HashSet<>();
                for (JsonNode error : answer.path("errors")) {
                    String code = error.path("extensions").path("code").asText();
                    if (!Set.of("NOT_FOUND", "CONSENT_REQUIRED").contains(code)) {
                        throw new IllegalStateException("submitSurveyResponse failed: " + Bench.shorten(answer.toString()));
                    }
                    retry.add(error.path("path").path(0).asText());
                }
                for (int i = 0; i < batch.size(); i++) {
                    if (retry.contains("a" + i)) {
                        resends.incrementAndGet();
                    } else {
                        pending.remove(batch.get(i));
                    }
                }
            });
            if (!pending.isEmpty()) {
                Bench.sleep(200);
            }
        }
        step("responses", "submitSurveyResponse", customers - pending.size(), t, ALIASES, "resends", resends.get());
    }

    static void step(String what, String via, int count, long since, int perRequest, Object... extra) {
        double seconds = Bench.seconds(since);
        Bench.log("%s: %,d in %.1f s via %s", what, count, seconds, via);
        Object[] base = {"step", via, "what", what, "count", count, "per_request", perRequest, "seconds", seconds, "per_second", count / seconds};
        Object[] all = java.util.Arrays.copyOf(base, base.length + extra.length);
        System.arraycopy(extra, 0, all, base.length, extra.length);
        Bench.result(all);
    }

    static JsonNode aliased(Bench bench, String field, String type, List<Map<String, Object>> inputs, String selection) {
        StringBuilder declarations = new StringBuilder();
        StringBuilder calls = new StringBuilder();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            declarations.append(i == 0 ? "" : ", ").append("$i").append(i).append(": ").append(type);
            calls.append(" a").append(i).append(": ").append(field).append("(input: $i").append(i).append(") { ").append(selection).append(" }");
            variables.put("i" + i, inputs.get(i));
        }
        return bench.call(bench.gateway(), "partner", "mutation(" + declarations + ") {" + calls + " }", variables);
    }

    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }

    static <T> void parallel(int threads, List<List<T>> batches, Consumer<List<T>> work) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> futures = new ArrayList<>();
            for (List<T> batch : batches) {
                futures.add(pool.submit(() -> work.accept(batch)));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        }
    }
}
