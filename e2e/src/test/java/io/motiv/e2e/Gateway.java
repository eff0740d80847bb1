package io.motiv.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal GraphQL-over-HTTP client (the gateway, or a service's /graphql for checks behind the gateway). */
final class Gateway {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String url;

    Gateway(String url) {
        this.url = url;
    }

    /** One answer: HTTP status, the body as JSON (MissingNode when it is not JSON) and as text. */
    record Answer(int status, JsonNode json, String body) {
        JsonNode data() {
            return json.path("data");
        }

        List<JsonNode> errors() {
            List<JsonNode> errors = new ArrayList<>();
            json.path("errors").forEach(errors::add);
            return errors;
        }

        /** The codes (extensions.code) of the errors, in order. */
        List<String> codes() {
            return errors().stream().map(e -> e.path("extensions").path("code").asText("")).toList();
        }

        /** The error codes at paths ending with the given field name. */
        List<String> codesAt(String field) {
            return errors().stream()
                    .filter(e -> e.path("path").isArray() && e.path("path").size() > 0
                            && field.equals(e.path("path").get(e.path("path").size() - 1).asText()))
                    .map(e -> e.path("extensions").path("code").asText(""))
                    .toList();
        }

        /** The data, failing with the whole answer when there are errors or the status is not 200. */
        JsonNode ok() {
            if (status != 200 || json.has("errors") || !json.has("data")) {
                throw new AssertionError("GraphQL call failed (HTTP " + status + "): " + shorten(body));
            }
            return data();
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + shorten(body);
        }
    }

    Answer query(String token, String query) {
        return query(token, query, Map.of());
    }

    Answer query(String token, String query, Map<String, ?> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        if (!variables.isEmpty()) {
            body.put("variables", variables);
        }
        return post(token, write(body));
    }

    Answer post(String token, String body) {
        return post(token, body, Map.of());
    }

    Answer post(String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = JSON.readTree(response.body());
                if (json == null) {
                    json = MissingNode.getInstance();
                }
            } catch (IOException notJson) {
                json = MissingNode.getInstance();
            }
            return new Answer(response.statusCode(), json, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
}
