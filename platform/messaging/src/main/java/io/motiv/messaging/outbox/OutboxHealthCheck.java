package io.motiv.messaging.outbox;

import io.motiv.messaging.MessagingConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;

/** Readiness shows the outbox backlog, and turns DOWN when events have not been publishable for a while. */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxRelay relay;
    private final Duration unhealthyAfter;

    public OutboxHealthCheck(OutboxRelay relay, MessagingConfig config) {
        this.relay = relay;
        this.unhealthyAfter = config.outbox().unhealthyAfter();
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .withData("backlog", relay.backlog())
                .withData("relay", relay.isRunning() ? "running" : "stopped");
        relay.lastError().ifPresent(error -> response.withData("lastError", error));
        boolean stuck = relay.failingSince()
                .map(since -> since.plus(unhealthyAfter).isBefore(Instant.now()))
                .orElse(false);
        relay.failingSince().ifPresent(since -> response.withData("failingSince", since.toString()));
        return response.status(!stuck).build();
    }
}
