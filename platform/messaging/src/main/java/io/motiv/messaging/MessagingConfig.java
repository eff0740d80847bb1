package io.motiv.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Outbox relay and inbox settings, under {@code motiv.messaging}. */
@ConfigMapping(prefix = "motiv.messaging")
public interface MessagingConfig {

    /** The CloudEvents {@code source} of the events this service writes; defaults to /motiv/<application name>. */
    @WithDefault("/motiv/${quarkus.application.name:service}")
    String source();

    Outbox outbox();

    Inbox inbox();

    interface Outbox {

        /** Whether this instance runs the relay. Only one instance publishes at a time (an advisory lock decides). */
        @WithDefault("true")
        boolean relayEnabled();

        /** How long the relay waits before looking again when the outbox was empty. */
        @WithDefault("200ms")
        Duration pollInterval();

        /** Events published per Kafka transaction (and marked sent per database transaction). */
        @WithDefault("2000")
        int batchSize();

        /** Upper bound of the exponential back-off while the broker is unreachable. */
        @WithDefault("10s")
        Duration maxBackoff();

        /** How long Kafka may take to acknowledge a batch before the relay gives up and retries it. */
        @WithDefault("15s")
        Duration deliveryTimeout();

        /** Readiness turns DOWN when the relay has failed to publish for longer than this. */
        @WithDefault("60s")
        Duration unhealthyAfter();

        /** Published events are deleted from the outbox after this long. */
        @WithDefault("P7D")
        Duration retention();
    }

    interface Inbox {

        /** Attempts to process a message (transient failures) before it goes to the dead-letter topic. */
        @WithDefault("4")
        int maxAttempts();

        /** Back-off before the first retry; doubles with every attempt. */
        @WithDefault("200ms")
        Duration retryBackoff();

        /** Processed event ids are remembered this long: a duplicate arriving later would be applied again. */
        @WithDefault("P30D")
        Duration retention();
    }
}
