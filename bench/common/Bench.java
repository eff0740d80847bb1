package common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the benches that talk to the running suite share: options, Keycloak tokens (as {@code deploy/local/motiv token}
 * gets them), GraphQL over HTTP, and the {@code RESULT key=value ...} lines bench/report.py reads.
 * Launched as part of a multi-file source program (JDK >= 22): a bench declares a package, so bench/ is the source root.
 */
public final class Bench {
    public static final ObjectMapper JSON = new ObjectMapper();
    /** The built-in demo-20 values instrument (survey-service's migration V3). */
    public static final String DEMO_20 = "00000000-0000-4000-8000-000000000020";

    public final Map<String, String> options;
    public final HttpClient http;
    private final Map<String, String[]> tokens = new HashMap<>(); // who -> {token, fetchedAtNanos}

    public Bench(String[] args) {
        options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value pairs: " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        // HTTP/1.1 keeps one request per connection, as a browser or shop backend does with the gateway
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    public String gateway() {
        return option("gateway", "http://127.0.0.1:8080/graphql");
    }

    /** Cached for 3 of a token's 5 minutes. */
    public synchronized String token(String who) {
        String[] cached = tokens.get(who);
        if (cached != null && System.nanoTime() - Long.parseLong(cached[1]) < Duration.ofMinutes(3).toNanos()) {
            return cached[0];
        }
        Map<String, String> form = who.equals("partner")
                ? Map.of("grant_type", "client_credentials", "client_id", "partner-demo", "client_secret", "partner-demo-secret")
                : Map.of("grant_type", "password", "client_id", "frontend", "scope", "openid", "username", who, "password", who + "-demo");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String url = option("keycloak", "http://127.0.0.1:8180/realms/motiv") + "/protocol/openid-connect/token";
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String token = JSON.readTree(response.body()).path("access_token").asText("");
            if (token.isEmpty()) {
                throw new IllegalStateException("no token for " + who + " (HTTP " + response.statusCode() + "): " + response.body());
            }
            tokens.put(who, new String[] {token, String.valueOf(System.nanoTime())});
            return token;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("no token for " + who + " from " + url, e);
        }
    }

    public HttpRequest request(String url, String who, String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (variables != null && !variables.isEmpty()) {
            body.put("variables", variables);
        }
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token(who))
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build();
    }

    /** The whole answer (data and errors); fails on a status other than 200. */
    public JsonNode call(String url, String who, String query, Map<String, ?> variables) {
        try {
            HttpResponse<String> response = http.send(request(url, who, query, variables), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode() + " from " + url + ": " + shorten(response.body()));
            }
            return JSON.readTree(response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("POST " + url + " failed", e);
        }
    }

    /** The data of an answer without errors. */
    public JsonNode ok(String who, String query, Map<String, ?> variables) {
        JsonNode answer = call(gateway(), who, query, variables);
        if (answer.has("errors")) {
            throw new IllegalStateException("GraphQL errors: " + shorten(answer.path("errors").toString()));
        }
        return answer.path("data");
    }

    /** A published survey on the built-in demo-20 instrument: its id, the instrument's item codes and rating scale. */
    public record DemoSurvey(String id, List<String> items, int min, int max) {
    }

    /** Creates and publishes a survey on demo-20 as the analyst. */
    public DemoSurvey publishDemoSurvey(String title) {
        String id = ok("analyst", "mutation($t: String!, $i: ID!) { createSurvey(title: $t, instrumentId: $i) { id } }",
                Map.of("t", title, "i", DEMO_20)).path("createSurvey").path("id").asText();
        ok("analyst", "mutation($id: ID!) { publishSurvey(id: $id) { status } }", Map.of("id", id));
        JsonNode instrument = ok("analyst", "query($i: ID!) { instrument(id: $i) { scale { min max } items { code } } }",
                Map.of("i", DEMO_20)).path("instrument");
        List<String> items = new ArrayList<>();
        instrument.path("items").forEach(item -> items.add(item.path("code").asText()));
        return new DemoSurvey(id, List.copyOf(items), instrument.path("scale").path("min").asInt(),
                instrument.path("scale").path("max").asInt());
    }

    /** One line for bench/report.py: RESULT key=value ... (no spaces in values). */
    public static void result(Object... keyValues) {
        StringBuilder line = new StringBuilder("RESULT");
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            String text = value instanceof Double d ? String.format(Locale.ROOT, "%.4f", d) : String.valueOf(value);
            line.append(' ').append(keyValues[i]).append('=').append(text.replace(' ', '_'));
        }
        System.out.println(line);
        System.out.flush();
    }

    /** Nearest-rank percentile of sorted values. */
    public static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    public static double seconds(long sinceNanos) {
        return (System.nanoTime() - sinceNanos) / 1e9;
    }

    public static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String shorten(String text) {
        return text == null ? "" : text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }

    public static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
