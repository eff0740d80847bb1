package io.motiv.testing;

import io.motiv.testing.infra.PostgresServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * Gives the application under test its own, freshly created database on the shared PostgreSQL server.
 * Name it with the {@code database} argument: {@code @QuarkusTestResource(value = PostgresResource.class,
 * initArgs = @ResourceArg(name = "database", value = "profile"))}.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    private String database = "motiv";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database) + "_test";
    }

    @Override
    public Map<String, String> start() {
        PostgresServer server = SharedInfrastructure.postgres();
        server.recreateDatabase(database);
        return Map.of(
                "quarkus.datasource.reactive.url", server.reactiveUrl(database),
                "quarkus.datasource.jdbc.url", server.jdbcUrl(database),
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        // The server outlives one application start; SharedInfrastructure stops it when the JVM exits.
    }
}
