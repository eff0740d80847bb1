package io.motiv.service.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the schema is migrated. */
@Readiness
@ApplicationScoped
public class DatabaseMigrationHealthCheck implements HealthCheck {

    private final DatabaseMigration migration;

    public DatabaseMigrationHealthCheck(DatabaseMigration migration) {
        this.migration = migration;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database-migration").status(migration.isMigrated());
        migration.lastError().ifPresent(error -> response.withData("lastError", error));
        return response.build();
    }
}
