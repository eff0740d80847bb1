package io.motiv.service.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Migrates the service's database at start-up. When the database cannot be reached yet the service starts anyway,
 * reports not ready, and keeps trying, so a pod that starts before its database does not crash-loop.
 * Replaces {@code quarkus.flyway.migrate-at-start}, which fails the start.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final Flyway flyway;
    private volatile boolean migrated;
    private volatile String lastError;
    private ScheduledExecutorService retries;

    public DatabaseMigration(Flyway flyway) {
        this.flyway = flyway;
    }

    /** Runs before other start-up observers (the outbox relay among them), which need the schema. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        if (!attempt()) {
            retries = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("motiv-db-migration").daemon().factory());
            schedule(Duration.ofSeconds(1));
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (retries != null) {
            retries.shutdownNow();
        }
    }

    public boolean isMigrated() {
        return migrated;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    private void schedule(Duration delay) {
        retries.schedule(() -> {
            if (!attempt()) {
                Duration next = delay.multipliedBy(2);
                schedule(next.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : next);
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized boolean attempt() {
        try {
            var result = flyway.migrate();
            migrated = true;
            lastError = null;
            LOG.infof("database schema at version %s (%d migrations applied now)", result.targetSchemaVersion,
                    result.migrationsExecuted);
            return true;
        } catch (RuntimeException e) {
            lastError = rootMessage(e);
            LOG.warnf("database not migrated yet, will retry: %s", lastError);
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
