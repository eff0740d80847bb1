package io.motiv.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Real access tokens from the suite's Keycloak, got as {@code deploy/local/motiv token} gets them: the password grant
 * on the public client {@code frontend} for the demo users, client credentials for {@code partner-demo}, and for the
 * test-only client {@code e2e-other-audience} (audience {@code other-api}). Cached for 3 of their 5 minutes.
 */
final class Tokens {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String tokenUrl;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String token, long fetchedAt) {
    }

    Tokens(String realmUrl) {
        this.tokenUrl = realmUrl + "/protocol/openid-connect/token";
    }

    String viewer() { return get("viewer"); }
    String analyst() { return get("analyst"); }
    String steward() { return get("steward"); }
    String admin() { return get("admin"); }
    String partner() { return get("partner"); }
    String otherAudience() { return get("other-audience"); }

    String get(String who) {
        Cached cached = cache.get(who);
        if (cached != null && System.nanoTime() - cached.fetchedAt < Duration.ofMinutes(3).toNanos()) {
            return cached.token;
        }
        Map<String, String> form = switch (who) {
            case "partner" -> Map.of("grant_type", "client_credentials", "client_id", "partner-demo",
                    "client_secret", "partner-demo-secret");
            case "other-audience" -> Map.of("grant_type", "client_credentials", "client_id", "e2e-other-audience",
                    "client_secret", "e2e-other-audience-secret");
            default -> Map.of("grant_type", "password", "client_id", "frontend", "scope", "openid",
                    "username", who, "password", who + "-demo");
        };
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = Gateway.JSON.readTree(response.body());
            String token = json.path("access_token").asText("");
            if (response.statusCode() != 200 || token.isEmpty()) {
                throw new AssertionError("no token for " + who + " (HTTP " + response.statusCode() + "): " + response.body());
            }
            cache.put(who, new Cached(token, System.nanoTime()));
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token (its payload, base64url JSON), for assertions on aud and roles. */
    static JsonNode claims(String token) {
        try {
            return Gateway.JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
