package io.motiv.testing;

import io.restassured.response.ValidatableResponse;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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

    /** Prometheus metrics include JVM, HTTP and outbox figures. */
    public static void assertPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("motiv_outbox_backlog"));
    }
}
