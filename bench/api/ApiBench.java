package api;

import com.fasterxml.jackson.databind.JsonNode;
import common.Bench;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The customer query under a fixed concurrency: the cross-service query through the gateway (profile + segmentation +
 * valuation), the profile-only part through the gateway, and that same profile-only query sent to profile-service
 * directly (the difference is the gateway's cost). C virtual threads send back to back for a warm-up, then for the
 * measured seconds; every latency is kept and sorted, so the percentiles are exact.
 *
 * Run by bench/run api (options: --gateway --profile --keycloak --segmentation-id --concurrency --seconds --warmup).
 */
public class ApiBench {
    static final String PROFILE_FIELDS = "id behaviour { orders revenue recencyDays } segmentTags { segmentationId segmentId label }";
    static final String CROSS = "query($ref: String!, $s: ID!) { customerByExternalRef(source: \"demo\", ref: $ref) { "
            + PROFILE_FIELDS + " segment(segmentationId: $s) { id label } lifetimeValue { lifetimeValue probabilityAlive } } }";
    static final String PROFILE_ONLY = "query($ref: String!) { customerByExternalRef(source: \"demo\", ref: $ref) { " + PROFILE_FIELDS + " } }";
    /** A page of the run's members with the fields of three services: batch resolvers make 100 cost about what 1 does. */
    static final String CROSS_LIST = "query($s: String!, $sid: ID!, $n: Int!) { customers(first: $n, filter: { segmentationId: $s }) { edges { node { "
            + PROFILE_FIELDS + " segment(segmentationId: $sid) { id label } lifetimeValue { lifetimeValue probabilityAlive } } } } }";

    public static void main(String[] args) throws Exception {
        Bench bench = new Bench(args);
        String segmentationId = bench.option("segmentation-id", "");
        int concurrency = bench.intOption("concurrency", 8);
        int seconds = bench.intOption("seconds", 20);
        int warmup = bench.intOption("warmup", 5);
        String profile = bench.option("profile", "http://127.0.0.1:8081/graphql");

        // members of the demo's active run: each has behaviour, a tag, a segment and a lifetime value
        List<String> refs = new ArrayList<>();
        JsonNode edges = bench.ok("analyst", "query($s: String!) { customers(first: 100, filter: { segmentationId: $s }) { edges { node { externalRef { source ref } } } } }",
                Map.of("s", segmentationId)).path("customers").path("edges");
        edges.forEach(e -> refs.add(e.path("node").path("externalRef").path("ref").asText()));
        if (refs.isEmpty()) {
            throw new IllegalStateException("no members of segmentation " + segmentationId + " (run the demo first)");
        }
        // one answer of each, so a wrong query fails here and not as a stream of errors
        Bench.log("cross-service answer: %s", Bench.shorten(bench.ok("analyst", CROSS, Map.of("ref", refs.get(0), "s", segmentationId)).toString()));

        run(bench, "gateway-cross-service", bench.gateway(), CROSS, i -> Map.of("ref", refs.get(i % refs.size()), "s", segmentationId),
                concurrency, warmup, seconds);
        run(bench, "gateway-profile-only", bench.gateway(), PROFILE_ONLY, i -> Map.of("ref", refs.get(i % refs.size())),
                concurrency, warmup, seconds);
        run(bench, "profile-service-direct", profile, PROFILE_ONLY, i -> Map.of("ref", refs.get(i % refs.size())),
                concurrency, warmup, seconds);
        for (int n : new int[] {1, 100}) {
            Map<String, Object> page = Map.of("s", segmentationId, "sid", segmentationId, "n", n);
            Bench.log("cross-service list of %d: %d customers", n, bench.ok("analyst", CROSS_LIST, page).path("customers").path("edges").size());
            run(bench, "gateway-cross-service-list-" + n, bench.gateway(), CROSS_LIST, i -> page, concurrency, warmup, seconds);
        }
    }

    /** CPU milliseconds used so far by the processes named in --pids (name:pid,...) and by this client. */
    static Map<String, Long> cpu(Bench bench) {
        Map<String, Long> millis = new java.util.LinkedHashMap<>();
        long tick = 1000 / Long.parseLong(bench.option("clk-tck", "100"));
        for (String entry : bench.option("pids", "").split(",")) {
            String[] nameAndPid = entry.split(":");
            if (nameAndPid.length != 2) {
                continue;
            }
            try {
                String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc", nameAndPid[1], "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                millis.put(nameAndPid[0], (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * tick); // utime, stime
            } catch (java.io.IOException e) {
                // a process that is gone has no figure
            }
        }
        millis.put("client", ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L));
        return millis;
    }

    /** {@code variables} gives the i-th request's variables. */
    static void run(Bench bench, String target, String url, String query, java.util.function.IntFunction<Map<String, Object>> variablesOf,
                    int concurrency, int warmup, int seconds) throws Exception {
        String token = bench.token("analyst"); // fetched before the clock starts; valid for the whole run
        long start = System.nanoTime();
        Map<String, Long> cpuBefore = new java.util.LinkedHashMap<>();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        List<Future<long[]>> workers = new ArrayList<>();
        long[] errors = new long[concurrency];
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int count = 0;
                    for (int i = worker; System.nanoTime() < end; i += concurrency) {
                        Map<String, Object> variables = variablesOf.apply(i);
                        HttpRequest request = HttpRequest.newBuilder(java.net.URI.create(url))
                                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.ofString(Bench.write(Map.of("query", query, "variables", variables)))).build();
                        long sent = System.nanoTime();
                        boolean failed;
                        try {
                            HttpResponse<String> response = bench.http.send(request, HttpResponse.BodyHandlers.ofString());
                            failed = response.statusCode() != 200 || response.body().contains("\"errors\"");
                        } catch (java.io.IOException e) {
                            failed = true;
                        }
                        long done = System.nanoTime();
                        if (sent >= measureFrom && done <= end) {
                            if (failed) {
                                errors[worker]++;
                            }
                            if (count == latencies.length) {
                                latencies = Arrays.copyOf(latencies, count * 2);
                            }
                            latencies[count++] = done - sent;
                        }
                    }
                    return Arrays.copyOf(latencies, count);
                }));
            }
            // CPU of each process (and of this client) over the measured seconds: where a request's time goes
            Thread.sleep(Math.max(0, (measureFrom - System.nanoTime()) / 1_000_000));
            cpuBefore.putAll(cpu(bench));
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
            Map<String, Long> cpuAfter = cpu(bench);
            long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            long failed = Arrays.stream(errors).sum();
            List<Object> cpuPerRequest = new ArrayList<>();
            cpuAfter.forEach((name, millis) -> {
                cpuPerRequest.add("cpu_ms_" + name);
                cpuPerRequest.add((millis - cpuBefore.getOrDefault(name, millis)) / (double) Math.max(1, latencies.length));
            });
            Bench.result("target", target, "concurrency", concurrency, "seconds", seconds, "requests", latencies.length,
                    "errors", failed, "rps", latencies.length / (double) seconds,
                    "p50_ms", Bench.percentile(latencies, 50) / 1e6, "p90_ms", Bench.percentile(latencies, 90) / 1e6,
                    "p99_ms", Bench.percentile(latencies, 99) / 1e6, "max_ms", Bench.percentile(latencies, 100) / 1e6);
            Bench.result(java.util.stream.Stream.concat(java.util.stream.Stream.of("cpu_of", target), cpuPerRequest.stream()).toArray());
        }
    }
}
