package io.motiv.testing;

import io.restassured.response.ValidatableResponse;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * What every Motiv service promises its operators and the gateway: a protected GraphQL endpoint, a Federation v2
 * subgraph SDL, health and Prometheus metrics. Each service's test calls these against itself.
 */
public final class ServiceConformance {

    private static final String SDL_QUERY = "{ _service { sdl } }";

    private ServiceConformance() {
    }

    /** No token, a token for another audience, an expired one, one from another issuer: all answered 401. */
    public static void assertGraphQlRejectsMissingOrInvalidTokens() {
        GraphQl.post(null, SDL_QUERY).statusCode(401);
        GraphQl.post("not-a-jwt", SDL_QUERY).statusCode(401);
        GraphQl.post(TestTokens.token().roles("admin").audience("another-api").sign(), SDL_QUERY).statusCode(401);
        GraphQl.post(TestTokens.token().roles("admin").lifetimeSeconds(-120).sign(), SDL_QUERY).statusCode(401);
        GraphQl.post(TestTokens.token().roles("admin").issuer("https://evil.example.com").sign(), SDL_QUERY).statusCode(401);
    }

    /** The subgraph SDL links Federation v2 and declares the given entity types with their keys. */
    public static ValidatableResponse assertFederationV2Sdl(String... entityTypes) {
        ValidatableResponse response = GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), SDL_QUERY)
                .statusCode(200)
                .body("errors", equalTo(null))
                .body("data._service.sdl", containsString("url : \"https://specs.apollo.dev/federation/v2."));
        for (String type : entityTypes) {
            response.body("data._service.sdl", containsString("type " + type + " @key(fields : \"id\")"));
        }
        return response;
    }

    /** Liveness and readiness are UP, and readiness includes the database, the broker and the outbox. */
    public static void assertHealthy() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database-migration"))
                .body("checks.name", hasItem("outbox"))
                .body("checks.name", hasItem("Kafka connection health check"))
                .body("checks.name", hasItem(containsString("PostgreSQL")));
    }

    /**
     * Prometheus metrics include JVM, HTTP and outbox figures, the consumers' lag (Kafka client metrics bound by
     * Quarkus) and the GraphQL error counter.
     */
    public static void assertPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("motiv_outbox_backlog"))
                .body(containsString("kafka_consumer_fetch_manager_records_lag_max"))
                .body(containsString("motiv_graphql_errors_total{code=\"INTERNAL\"}"));
    }

    /**
     * The GraphQL limits of platform/service hold: a document nested 21 fields deep, one of 1200 fields and one of
     * more than 5000 tokens are refused with a GraphQL error and no data; a 2 MB body is refused with HTTP 413 before
     * it is read.
     */
    public static void assertGraphQlLimits() {
        String token = TestTokens.forRoles("admin-user", "admin");

        // __Type.ofType nests as deep as one likes in any schema: __type { ofType { ... { name } } } is 21 fields deep.
        String deep = "{ __type(name: \"Query\") { " + "ofType { ".repeat(19) + "name" + " }".repeat(19) + " } }";
        GraphQl.post(token, deep).statusCode(200)
                .body("errors[0].message", containsString("maximum query depth exceeded"))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("data", nullValue());

        // 600 aliased _service { sdl }: 1200 fields (over the complexity limit of 1000) in about 3600 tokens.
        StringBuilder wide = new StringBuilder("{");
        for (int i = 0; i < 600; i++) {
            wide.append(" s").append(i).append(": _service { sdl }");
        }
        GraphQl.post(token, wide.append(" }").toString()).statusCode(200)
                .body("errors[0].message", containsString("maximum query complexity exceeded"))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("data", nullValue());

        // 1000 aliases are about 3000 tokens and answer; 2000 (about 6000) are over the 5000 token limit. SmallRye
        // reports any document the parser gives up on as "Unparseable input document".
        GraphQl.post(token, aliases(1000)).statusCode(200)
                .body("errors", nullValue())
                .body("data.a999", equalTo("Query"));
        GraphQl.post(token, aliases(2000)).statusCode(200)
                .body("errors[0].message", equalTo("Unparseable input document"))
                .body("data", nullValue());

        String huge = "{ _service { sdl } }\n#" + "x".repeat(2 * 1024 * 1024);
        given().contentType(ContentType.JSON).auth().oauth2(token)
                .body(Map.of("query", huge))
                .when().post("/graphql").then()
                .statusCode(413)
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    private static String aliases(int count) {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            document.append(" a").append(i).append(": __typename");
        }
        return document.append(" }").toString();
    }

    /**
     * An operation the token's roles do not allow ({@code @RolesAllowed}) answers HTTP 200, no data for the field
     * and {@code extensions.code} FORBIDDEN, the same code as the services' own field guards.
     */
    public static void assertDeniedOperationAnswersForbidden(String token, String document, Map<String, Object> variables,
            String field) {
        GraphQl.post(token, document, variables).statusCode(200)
                .body("data." + field, nullValue())
                .body("errors[0].path[0]", equalTo(field))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", not(containsString("Exception")));
    }

    /**
     * A failure the service did not expect (here: an entity representation without its key, which the federation
     * resolver cannot handle) reaches the client as "System error" with code INTERNAL: no exception class, no stack
     * trace, no code derived from a class name.
     */
    public static void assertUnexpectedFailuresLeakNothing(String entityType) {
        double internalBefore = PrometheusMetrics.value("motiv_graphql_errors_total", Map.of("code", "INTERNAL"));
        String document = "query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }";
        GraphQl.post(TestTokens.forRoles("admin-user", "admin"), document,
                        Map.of("r", List.of(Map.of("__typename", entityType))))
                .statusCode(200)
                .body("errors[0].message", equalTo("System error"))
                .body("errors[0].extensions.code", equalTo("INTERNAL"))
                .body("errors[0].extensions.exception", nullValue())
                .body(not(containsString("RuntimeException")))
                .body(not(containsString("java.")))
                .body(not(containsString("\tat ")))
                .body(not(containsString("io.motiv")));
        assertThat("motiv_graphql_errors_total{code=\"INTERNAL\"}",
                PrometheusMetrics.value("motiv_graphql_errors_total", Map.of("code", "INTERNAL")), equalTo(internalBefore + 1));
    }

    /**
     * With introspection off (production: {@code quarkus.smallrye-graphql.field-visibility=no-introspection})
     * {@code __schema} and {@code __type} are refused, while {@code __typename} and the federation export
     * {@code _service { sdl }}, from which the gateway's supergraph is composed, still answer.
     */
    public static void assertIntrospectionOffKeepsFederation() {
        String token = TestTokens.forRoles("admin-user", "admin");
        GraphQl.post(token, "{ __schema { queryType { name } } }").statusCode(200)
                .body("errors[0].message", containsString("__schema"))
                .body("data", nullValue());
        GraphQl.post(token, "{ __type(name: \"Query\") { name } }").statusCode(200)
                .body("errors[0].message", containsString("__type"))
                .body("data", nullValue());
        GraphQl.post(token, "{ __typename }").statusCode(200)
                .body("errors", nullValue())
                .body("data.__typename", equalTo("Query"));
        GraphQl.post(token, SDL_QUERY).statusCode(200)
                .body("errors", nullValue())
                .body("data._service.sdl", containsString("url : \"https://specs.apollo.dev/federation/v2."));
    }
}
