package io.motiv.testing;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Sends GraphQL requests to the service under test, as a client with (or without) a bearer token would. */
public final class GraphQl {

    private GraphQl() {
    }

    public static ValidatableResponse post(String token, String query) {
        return post(token, query, Map.of());
    }

    public static ValidatableResponse post(String token, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.when().post("/graphql").then();
    }

    /** The {@code _entities} representations of entities of a type, by id, as the gateway sends them. */
    public static List<Map<String, Object>> representations(String type, List<String> ids) {
        return ids.stream().<Map<String, Object>>map(id -> Map.of("__typename", type, "id", id)).toList();
    }
}
