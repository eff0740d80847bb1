package io.motiv.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.motiv.local.demo.DemoPopulation.Member;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Loads a demo population through the gateway as a partner would and analyses it as an analyst would, then prints a
 * segment report (and writes it as JSON with {@code --report-json}).
 *
 * <pre>
 * java -cp deploy/local/target/motiv-local.jar io.motiv.local.demo.DemoLoader \
 *     --gateway http://127.0.0.1:8080/graphql --keycloak http://127.0.0.1:8180/realms/motiv [--customers 20000] [--seed 42]
 *     [--report-json FILE] [--threads 3]
 * </pre>
 *
 * A population already loaded with the same seed (its first customer is known) is not loaded again: the analysis runs
 * on what is there.
 */
public final class DemoLoader {
    static final String DEMO_20 = "00000000-0000-4000-8000-000000000020";
    static final int ALIASES = 15; // the gateway's alias limit per document
    private static final long STARTED = System.nanoTime();

    private final Api api;
    private final DemoPopulation population;
    private final int threads;
    private final Map<String, Double> timings = new LinkedHashMap<>();
    private final Map<String, String> ids = new ConcurrentHashMap<>(); // ref -> customer id
    private final Set<String> flagged = ConcurrentHashMap.newKeySet();
    private int answered;
    private boolean loaded;
    private long stepStarted = System.nanoTime();

    DemoLoader(Api api, DemoPopulation population, int threads) {
        this.api = api;
        this.population = population;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("usage: DemoLoader --gateway URL --keycloak REALM_URL [--customers N] [--seed S] [--report-json FILE] [--threads T]");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        int customers = Integer.parseInt(options.getOrDefault("customers", "20000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        if (customers < 100) {
            throw new IllegalArgumentException("--customers: at least 100");
        }
        Api api = new Api(options.getOrDefault("gateway", "http://127.0.0.1:8080/graphql"),
                options.getOrDefault("keycloak", "http://127.0.0.1:8180/realms/motiv"));
        DemoPopulation population = new DemoPopulation(customers, seed, LocalDate.now(ZoneOffset.UTC));
        DemoLoader loader = new DemoLoader(api, population, Integer.parseInt(options.getOrDefault("threads", "3")));
        ObjectNode report = loader.run();
        if (options.containsKey("report-json")) {
            Path file = Path.of(options.get("report-json"));
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, Api.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
            log("report written to " + file);
        }
        System.exit(0);
    }

    ObjectNode run() throws Exception {
        log(String.format(Locale.ROOT, "demo population: %,d customers from %d value archetypes (seed %d)",
                population.members.size(), DemoPopulation.Archetype.values().length, population.seed));
        String surveyId = null;
        String lastRef = population.members.get(population.members.size() - 1).ref();
        JsonNode known = api.ok("partner", "query($r: String!) { customerByExternalRef(source: \"demo\", ref: $r) { id } }",
                Map.of("r", lastRef)).path("customerByExternalRef");
        if (known.isObject()) {
            log("this population (seed " + population.seed + ") is loaded already: analysing what is there");
        } else {
            surveyId = load();
            loaded = true;
        }
        return analyse(surveyId);
    }

    // --- loading, as the partner ----------------------------------------------------------------------------------

    private String load() throws Exception {
        String surveyId = api.ok("analyst", "mutation($i: ID!) { createSurvey(title: \"Demo values survey\", instrumentId: $i) { id } }",
                Map.of("i", DEMO_20)).path("createSurvey").path("id").asText();
        api.ok("analyst", "mutation($id: ID!) { publishSurvey(id: $id) { status } }", Map.of("id", surveyId));
        JsonNode instrument = api.ok("analyst",
                "query($i: ID!) { instrument(id: $i) { scale { min max minMeansVeryMuchLikeMe } items { code dimension reverseCoded } } }",
                Map.of("i", DEMO_20)).path("instrument");
        step("survey created and published (demo-20, " + instrument.path("items").size() + " items)", "survey");

        List<Member> members = population.members;
        parallel(Api.batches(members, 1000, population::registration), batch -> {
            JsonNode payload = api.ok("partner",
                    "mutation($in: [RegisterCustomerInput!]!) { registerCustomers(inputs: $in) { registered failed results { index customer { id } error { code message } } } }",
                    Map.of("in", batch.stream().map(population::registration).toList())).path("registerCustomers");
            for (JsonNode result : payload.path("results")) {
                Member member = batch.get(result.path("index").asInt());
                if (result.path("customer").path("id").isTextual()) {
                    ids.put(member.ref(), result.path("customer").path("id").asText());
                } else if (!result.path("error").path("code").asText().equals("CONFLICT")) {
                    throw new IllegalStateException("registering " + member.ref() + " failed: " + result.path("error"));
                }
            }
            return null;
        });
        // known already (a smaller or interrupted demo with this seed): look them up, then load the rest as usual
        // (purchases and answers are idempotent by order id and clientResponseId)
        List<Member> knownBefore = members.stream().filter(m -> !ids.containsKey(m.ref())).toList();
        parallel(chunks(knownBefore, ALIASES), batch -> {
            StringBuilder query = new StringBuilder("query {");
            for (int i = 0; i < batch.size(); i++) {
                query.append(" a").append(i).append(": customerByExternalRef(source: \"demo\", ref: \"")
                        .append(batch.get(i).ref()).append("\") { id }");
            }
            JsonNode data = api.ok("partner", query.append(" }").toString(), Map.of());
            for (int i = 0; i < batch.size(); i++) {
                ids.put(batch.get(i).ref(), data.path("a" + i).path("id").asText());
            }
            return null;
        });
        if (!knownBefore.isEmpty()) {
            log(String.format(Locale.ROOT, "%,d of them were known already (an earlier demo with seed %d)", knownBefore.size(), population.seed));
        }
        step(String.format(Locale.ROOT, "%,d customers registered (registerCustomers)", ids.size()), "customers");

        List<Map<String, Object>> consents = new ArrayList<>();
        for (Member m : members) {
            if (m.consents() == DemoPopulation.Consents.NONE) {
                continue;
            }
            for (String purpose : List.of("PROFILING", "VALUES_SURVEY")) {
                boolean granted = purpose.equals("PROFILING") ? m.grantsProfiling() : m.grantsSurvey();
                consents.add(Map.of("customerId", ids.get(m.ref()), "purpose", purpose, "status", granted ? "GRANTED" : "DENIED",
                        "source", "demo", "legalTextVersion", "privacy-2026"));
            }
        }
        parallel(Api.batches(consents, 1000, c -> c), batch -> {
            JsonNode payload = api.ok("partner",
                    "mutation($in: [RecordConsentInput!]!) { recordConsents(inputs: $in) { failed results { index error { code message } } } }",
                    Map.of("in", batch)).path("recordConsents");
            if (payload.path("failed").asInt() > 0) {
                throw new IllegalStateException("recordConsents failed: " + Api.shorten(payload.path("results").toString()));
            }
            return null;
        });
        step(String.format(Locale.ROOT, "%,d consent decisions recorded (recordConsents)", consents.size()), "consents");

        // a customer's lines stay in one request: profile-service fails (INTERNAL, duplicate key customer_behaviour_pkey)
        // when two concurrent requests carry the first purchases of the same customer; order ids make a resend safe
        AtomicInteger recorded = new AtomicInteger();
        parallel(Api.batches(members, 5000, population::purchaseLines), batch -> {
            List<Map<String, Object>> lines = new ArrayList<>();
            batch.forEach(m -> lines.addAll(population.purchaseLines(m)));
            for (int attempt = 1; ; attempt++) {
                Api.Answer answer = api.call("partner",
                        "mutation($p: [PurchaseInput!]!) { recordPurchases(purchases: $p) { recorded duplicates rejected errors { index field message } } }",
                        Map.of("p", lines));
                if (!answer.errors().isEmpty() && attempt < 3) {
                    log("recordPurchases failed, sending the batch again: " + Api.shorten(answer.body()));
                    Api.sleep(1_000L * attempt);
                    continue;
                }
                JsonNode payload = answer.ok().path("recordPurchases");
                if (payload.path("rejected").asInt() > 0) {
                    throw new IllegalStateException("purchases rejected: " + Api.shorten(payload.path("errors").toString()));
                }
                recorded.addAndGet(payload.path("recorded").asInt() + payload.path("duplicates").asInt());
                return null;
            }
        });
        step(String.format(Locale.ROOT, "%,d purchase lines recorded (recordPurchases)", recorded.get()), "purchases");

        // answers from those who consented to the values survey; survey-service learns customers and consents from
        // events, so an answer may meet NOT_FOUND or CONSENT_REQUIRED for a moment and is sent again (clientResponseId
        // makes a resend safe)
        Instant now = Instant.now();
        Map<String, Map<String, Object>> pending = new ConcurrentHashMap<>();
        List<String> order = new ArrayList<>();
        for (Member m : members) {
            if (m.grantsSurvey() && m.answers()) {
                pending.put(m.ref(), population.response(m, surveyId, instrument, now));
                order.add(m.ref());
            }
        }
        int total = pending.size();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!pending.isEmpty()) {
            int before = pending.size();
            List<String> refs = order.stream().filter(pending::containsKey).toList();
            parallel(Api.batches(refs, 1000, pending::get), batch -> {
                JsonNode payload = api.ok("partner",
                        "mutation($in: [SubmitSurveyResponseInput!]!) { submitSurveyResponses(inputs: $in) { results { index response { profile { quality { flagged } } } error { code message } } } }",
                        Map.of("in", batch.stream().map(pending::get).toList())).path("submitSurveyResponses");
                for (JsonNode result : payload.path("results")) {
                    String ref = batch.get(result.path("index").asInt());
                    String code = result.path("error").path("code").asText("");
                    if (code.isEmpty()) {
                        if (result.path("response").path("profile").path("quality").path("flagged").asBoolean()) {
                            flagged.add(ref);
                        }
                        pending.remove(ref);
                    } else if (!Set.of("NOT_FOUND", "CONSENT_REQUIRED").contains(code)) {
                        throw new IllegalStateException("submitSurveyResponses failed for " + ref + ": " + result.path("error"));
                    }
                }
                return null;
            });
            if (!pending.isEmpty()) {
                if (pending.size() < before) {
                    deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                } else if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("survey-service did not learn " + pending.size() + " customers or consents in 5 minutes");
                }
                Api.sleep(500);
            }
        }
        answered = total;
        step(String.format(Locale.ROOT, "%,d values answers submitted (submitSurveyResponses), %,d flagged for quality",
                total, flagged.size()), "answers");
        return surveyId;
    }

    // --- analysing, as the analyst ----------------------------------------------------------------------------------

    private ObjectNode analyse(String surveyId) {
        String name = "Demo values " + Instant.now().toString().substring(0, 19).replace('T', ' ');
        String segmentationId = api.ok("analyst",
                "mutation($n: String!) { defineSegmentation(input: { name: $n, featureSet: VALUES }) { id } }",
                Map.of("n", name)).path("defineSegmentation").path("id").asText();
        // the customers a run can include: both consents, an answer, not flagged (known only when this run loaded them)
        long expected = !loaded ? -1 : population.members.stream()
                .filter(m -> m.grantsProfiling() && m.grantsSurvey() && m.answers() && !flagged.contains(m.ref())).count();
        JsonNode run;
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (true) {
            String runId = api.ok("analyst",
                    "mutation($s: ID!) { startSegmentationRun(input: { segmentationId: $s, kMin: 2, kMax: 8, seed: \"7\" }) { id } }",
                    Map.of("s", segmentationId)).path("startSegmentationRun").path("id").asText();
            run = poll("segmentation run " + runId, Duration.ofMinutes(60), () -> api.ok("analyst",
                    "query($r: ID!) { segmentationRun(id: $r) { id status step reason k report { population { known withoutConsent missingFeatures flaggedResponses included } recommendedK } } }",
                    Map.of("r", runId)).path("segmentationRun"), r -> Set.of("SUCCEEDED", "FAILED", "CANCELLED").contains(r.path("status").asText()));
            if (!run.path("status").asText().equals("SUCCEEDED")) {
                throw new IllegalStateException("segmentation run failed: " + run);
            }
            int included = run.path("report").path("population").path("included").asInt();
            if (expected < 0 || included >= expected || System.nanoTime() > deadline) {
                break;
            }
            log(String.format(Locale.ROOT, "the run included %,d of %,d customers (events still arriving); running again", included, expected));
            Api.sleep(2_000);
        }
        String runId = run.path("id").asText();
        JsonNode pop = run.path("report").path("population");
        step(String.format(Locale.ROOT, "segmentation run over k = 2..8: k = %d chosen; %,d known, %,d included (%,d without consent, %,d without answers, %,d flagged)",
                run.path("k").asInt(), pop.path("known").asInt(), pop.path("included").asInt(), pop.path("withoutConsent").asInt(),
                pop.path("missingFeatures").asInt(), pop.path("flaggedResponses").asInt()), "segmentation");

        api.ok("analyst", "mutation($r: ID!) { activateRun(runId: $r) { activeRunId } }", Map.of("r", runId));
        JsonNode segments = api.ok("analyst",
                "query($r: ID!) { segmentationRun(id: $r) { segments { id position label displayName size share profile { definingValues { value mean deviation } } } } }",
                Map.of("r", runId)).path("segmentationRun").path("segments");
        int members = 0;
        for (JsonNode s : segments) {
            members += s.path("size").asInt();
        }
        step("run activated", "activation");

        String calibrationEnd = population.today.minusDays(1).toString();
        int buyers = population.members.size();
        JsonNode model = poll("a CLV fit over all customers", Duration.ofMinutes(10), () -> api.call("analyst",
                        "mutation($e: Date!) { fitClvModel(input: { calibrationEnd: $e, timeUnit: WEEKS, horizonMonths: 12, currency: \"EUR\" }) { id status statusReason customers repeatCustomers flags } }",
                        Map.of("e", calibrationEnd)),
                a -> a.errors().isEmpty() && a.data().path("fitClvModel").path("customers").asInt() >= buyers).data().path("fitClvModel");
        if (!model.path("status").asText().equals("FITTED")) {
            throw new IllegalStateException("CLV model not fitted: " + model);
        }
        step(String.format(Locale.ROOT, "CLV model fitted (Pareto/NBD + gamma-gamma) over %,d customers, %,d repeat",
                model.path("customers").asInt(), model.path("repeatCustomers").asInt()), "clv");

        int expectedMembers = members;
        JsonNode valuations = poll("valuations covering every member", Duration.ofMinutes(10), () -> api.call("analyst",
                        "mutation($s: ID!) { valueSegments(segmentationId: $s, currency: \"EUR\") { segmentId segmentLabel rank valueScore customers revenue revenueShare meanClv churnRisk flags } }",
                        Map.of("s", segmentationId)),
                a -> a.errors().isEmpty() && sum(a.data().path("valueSegments"), "customers") == expectedMembers)
                .data().path("valueSegments");
        step("segments valued", "valuation");

        JsonNode allocation = api.ok("analyst",
                "mutation($s: ID!) { allocateBudget(segmentationId: $s, budget: 100000, objective: CLV) { currency lines { segmentId rank share amount } } }",
                Map.of("s", segmentationId)).path("allocateBudget");
        step("budget of 100,000 EUR allocated by CLV", "budget");

        ObjectNode report = Api.JSON.createObjectNode();
        report.put("customers", population.members.size());
        report.put("seed", population.seed);
        report.put("archetypes", DemoPopulation.Archetype.values().length);
        report.put("loaded", loaded);
        report.put("answered", answered);
        report.put("flagged", flagged.size());
        if (surveyId != null) {
            report.put("surveyId", surveyId);
        }
        report.put("segmentationId", segmentationId);
        report.put("runId", runId);
        report.put("k", run.path("k").asInt());
        report.put("clvModelId", model.path("id").asText());
        Member sample = population.members.stream().filter(m -> m.grantsProfiling() && m.grantsSurvey() && m.answers()
                && !m.straightLiner()).findFirst().orElseThrow();
        report.put("sampleCustomerRef", sample.ref());
        report.set("population", pop);
        Map<String, JsonNode> valuationBySegment = new HashMap<>();
        valuations.forEach(v -> valuationBySegment.put(v.path("segmentId").asText(), v));
        Map<String, JsonNode> lineBySegment = new HashMap<>();
        allocation.path("lines").forEach(l -> lineBySegment.put(l.path("segmentId").asText(), l));
        ArrayNode rows = report.putArray("segments");
        for (JsonNode s : segments) {
            JsonNode v = valuationBySegment.getOrDefault(s.path("id").asText(), Api.JSON.createObjectNode());
            JsonNode l = lineBySegment.getOrDefault(s.path("id").asText(), Api.JSON.createObjectNode());
            ObjectNode row = rows.addObject();
            row.put("segmentId", s.path("id").asText());
            row.put("label", s.path("displayName").asText());
            row.put("size", s.path("size").asInt());
            row.put("share", s.path("share").asDouble());
            ArrayNode defining = row.putArray("definingValues");
            s.path("profile").path("definingValues").forEach(d -> defining.addObject()
                    .put("value", d.path("value").asText()).put("deviation", d.path("deviation").asDouble()));
            row.set("revenueShare", v.path("revenueShare"));
            row.set("meanClv", v.path("meanClv"));
            row.set("churnRisk", v.path("churnRisk"));
            row.set("valueRank", v.path("rank"));
            row.set("valueScore", v.path("valueScore"));
            row.set("budgetShare", l.path("share"));
            row.set("budgetAmount", l.path("amount"));
        }
        List<JsonNode> sorted = new ArrayList<>();
        rows.forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparingInt(r -> r.path("valueRank").asInt(Integer.MAX_VALUE)));
        rows.removeAll();
        sorted.forEach(rows::add);
        ObjectNode times = report.putObject("timingsSeconds");
        timings.forEach(times::put);
        times.put("total", seconds(STARTED));
        printReport(report);
        return report;
    }

    private void printReport(ObjectNode report) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nSegment report: %,d customers, k = %d (%d archetypes planted), segmentation %s%n",
                report.path("customers").asInt(), report.path("k").asInt(), report.path("archetypes").asInt(),
                report.path("segmentationId").asText()));
        String format = "%-40s %7s %6s  %-42s %7s %9s %6s %5s %7s%n";
        out.append(String.format(Locale.ROOT, format, "label", "size", "share", "defining values (deviation in SD)",
                "revenue", "mean CLV", "churn", "rank", "budget"));
        out.append("-".repeat(40 + 8 + 7 + 2 + 42 + 8 + 10 + 7 + 6 + 8)).append('\n');
        for (JsonNode r : report.path("segments")) {
            StringBuilder defining = new StringBuilder();
            for (JsonNode d : r.path("definingValues")) {
                defining.append(defining.isEmpty() ? "" : " ").append(String.format(Locale.ROOT, "%s%+.1f",
                        shortValue(d.path("value").asText()), d.path("deviation").asDouble()));
            }
            String label = r.path("label").asText();
            out.append(String.format(Locale.ROOT, format, label.length() > 40 ? label.substring(0, 39) + "…" : label,
                    String.format(Locale.ROOT, "%,d", r.path("size").asInt()), pct(r.path("share")), defining,
                    pct(r.path("revenueShare")), r.path("meanClv").isNumber() ? String.format(Locale.ROOT, "%,.0f", r.path("meanClv").asDouble()) : "-",
                    pct(r.path("churnRisk")), r.path("valueRank").asText("-"), pct(r.path("budgetShare"))));
        }
        out.append("(revenue: share of the last 12 months' revenue; mean CLV: EUR over the next 12 months; churn: churn risk;")
                .append(" budget: recommended share of the budget, by CLV)\n");
        StringBuilder elapsed = new StringBuilder();
        report.path("timingsSeconds").properties().forEach(e -> elapsed.append(elapsed.isEmpty() ? "" : ", ")
                .append(e.getKey()).append(' ').append(e.getValue().asText()).append(" s"));
        out.append("Elapsed: ").append(elapsed).append('\n');
        System.out.print(out);
        System.out.flush();
    }

    // --- helpers -----------------------------------------------------------------------------------------------------

    private <T> void parallel(List<List<T>> batches, Function<List<T>, Void> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> futures = new ArrayList<>();
            for (List<T> batch : batches) {
                futures.add(pool.submit(() -> work.apply(batch)));
            }
            for (Future<Void> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T poll(String what, Duration timeout, java.util.function.Supplier<T> ask, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T last = ask.get();
            if (done.test(last)) {
                return last;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout.toMinutes() + " min waiting for " + what + "; last: " + last);
            }
            Api.sleep(1_000);
        }
    }

    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }

    static int sum(JsonNode array, String field) {
        int sum = 0;
        for (JsonNode node : array) {
            sum += node.path(field).asInt();
        }
        return sum;
    }

    private void step(String message, String key) {
        timings.put(key, seconds(stepStarted));
        stepStarted = System.nanoTime();
        log(message + String.format(Locale.ROOT, " (%.1f s)", timings.get(key)));
    }

    private static double seconds(long since) {
        return Math.round((System.nanoTime() - since) / 1e8) / 10.0;
    }

    private static String pct(JsonNode value) {
        return value.isNumber() ? String.format(Locale.ROOT, "%.1f%%", 100 * value.asDouble()) : "-";
    }

    private static String shortValue(String value) {
        return switch (value) {
            case "SELFDIRECTION", "SELF_DIRECTION" -> "SelfDir";
            case "STIMULATION" -> "Stim";
            case "HEDONISM" -> "Hedon";
            case "ACHIEVEMENT" -> "Achiev";
            case "POWER" -> "Power";
            case "SECURITY" -> "Secur";
            case "CONFORMITY" -> "Conf";
            case "TRADITION" -> "Trad";
            case "BENEVOLENCE" -> "Benev";
            case "UNIVERSALISM" -> "Univ";
            default -> value;
        };
    }

    static void log(String message) {
        System.out.printf(Locale.ROOT, "[demo %5.0fs] %s%n", (System.nanoTime() - STARTED) / 1e9, message);
        System.out.flush();
    }
}
