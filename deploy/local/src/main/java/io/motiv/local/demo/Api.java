package io.motiv.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * GraphQL over HTTP to the gateway with Keycloak tokens got as {@code deploy/local/motiv token} gets them: the
 * password grant on the public client {@code frontend} for users (password {@code <user>-demo}), client credentials
 * of {@code partner-demo} for the partner. Tokens are cached for 3 of their 5 minutes.
 */
final class Api {
    static final ObjectMapper JSON = new ObjectMapper();
    /** The gateway refuses bodies over 100 KiB; batches are cut below this. */
    static final int MAX_BODY = 90_000;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String graphqlUrl;
    private final String tokenUrl;
    private final Map<String, String[]> tokens = new ConcurrentHashMap<>(); // who -> {token, fetchedAtNanos}

    Api(String graphqlUrl, String realmUrl) {
        this.graphqlUrl = graphqlUrl;
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
    }

    /** One GraphQL answer. */
    record Answer(int status, JsonNode json, String body) {
        JsonNode data() {
            return json.path("data");
        }

        List<JsonNode> errors() {
            List<JsonNode> errors = new ArrayList<>();
            json.path("errors").forEach(errors::add);
            return errors;
        }

        boolean rateLimited() {
            return status == 429 || errors().stream().anyMatch(e -> e.path("message").asText().contains("Rate limit"));
        }

        JsonNode ok() {
            if (status != 200 || json.has("errors") || !json.has("data")) {
                throw new IllegalStateException("GraphQL call failed (HTTP " + status + "): " + shorten(body));
            }
            return data();
        }
    }

    /** A call that is sent again while the gateway answers that the rate limit is exceeded. */
    Answer call(String who, String query, Map<String, ?> variables) {
        long wait = 1_000;
        while (true) {
            Answer answer = post(token(who), query, variables);
            if (!answer.rateLimited()) {
                return answer;
            }
            sleep(wait);
            wait = Math.min(wait * 2, 15_000);
        }
    }

    JsonNode ok(String who, String query, Map<String, ?> variables) {
        return call(who, query, variables).ok();
    }

    private Answer post(String token, String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (!variables.isEmpty()) {
            body.put("variables", variables);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(graphqlUrl))
                .timeout(Duration.ofMinutes(5))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(write(body))).build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                JsonNode json;
                try {
                    json = JSON.readTree(response.body());
                } catch (IOException notJson) {
                    json = null;
                }
                return new Answer(response.statusCode(), json == null ? MissingNode.getInstance() : json, response.body());
            } catch (IOException e) {
                if (attempt >= 3) {
                    throw new UncheckedIOException("POST " + graphqlUrl + " failed", e);
                }
                sleep(1_000L * attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    String token(String who) {
        String[] cached = tokens.get(who);
        if (cached != null && System.nanoTime() - Long.parseLong(cached[1]) < Duration.ofMinutes(3).toNanos()) {
            return cached[0];
        }
        Map<String, String> form = who.equals("partner")
                ? Map.of("grant_type", "client_credentials", "client_id", "partner-demo", "client_secret", "partner-demo-secret")
                : Map.of("grant_type", "password", "client_id", "frontend", "scope", "openid", "username", who,
                        "password", who + "-demo");
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            String token = JSON.readTree(response.body()).path("access_token").asText("");
            if (response.statusCode() != 200 || token.isEmpty()) {
                throw new IllegalStateException("no token for " + who + " from " + tokenUrl + " (HTTP "
                        + response.statusCode() + "): " + shorten(response.body()));
            }
            tokens.put(who, new String[] {token, String.valueOf(System.nanoTime())});
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("no token for " + who + " from " + tokenUrl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Cuts items into batches whose JSON stays below the gateway's body limit (and at most {@code maxItems}). */
    static <T> List<List<T>> batches(List<T> items, int maxItems, java.util.function.Function<T, Object> asSent) {
        List<List<T>> batches = new ArrayList<>();
        List<T> current = new ArrayList<>();
        int size = 0;
        for (T item : items) {
            int itemSize = write(asSent.apply(item)).length() + 1;
            if (!current.isEmpty() && (size + itemSize > MAX_BODY - 2_000 || current.size() >= maxItems)) {
                batches.add(current);
                current = new ArrayList<>();
                size = 0;
            }
            current.add(item);
            size += itemSize;
        }
        if (!current.isEmpty()) {
            batches.add(current);
        }
        return batches;
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shorten(String text) {
        return text == null ? "" : text.length() > 600 ? text.substring(0, 600) + "..." : text;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
