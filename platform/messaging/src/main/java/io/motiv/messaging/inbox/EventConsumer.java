package io.motiv.messaging.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.motiv.events.CloudEvent;
import io.motiv.events.EventCodec;
import io.motiv.events.EventFormatException;
import io.motiv.messaging.MessagingConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * The body of a service's {@code @Incoming} method: parses the CloudEvent, skips types the consumer does not handle,
 * applies the rest once through the {@link Inbox}, and retries transient failures with back-off. What still fails
 * comes back as a failed {@code Uni}; the channel's {@code failure-strategy=dead-letter-queue} then parks the message
 * on the consumer's dead-letter topic with the reason, and the next message is processed.
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventCodec codec = new EventCodec();
    private final Inbox inbox;
    private final MessagingConfig.Inbox config;
    private final MeterRegistry registry;

    public EventConsumer(Inbox inbox, MessagingConfig config, MeterRegistry registry) {
        this.inbox = inbox;
        this.config = config.inbox();
        this.registry = registry;
    }

    public Uni<Void> consume(String consumer, String message, EventHandlers handlers) {
        CloudEvent event;
        EventHandlers.Registration<?> registration;
        try {
            event = codec.read(message);
            Optional<EventHandlers.Registration<?>> found = handlers.forType(event.type());
            if (found.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            registration = found.get();
        } catch (EventFormatException e) {
            return deadLetter(consumer, "unknown", e);
        }
        return apply(consumer, event, registration);
    }

    private <T> Uni<Void> apply(String consumer, CloudEvent event, EventHandlers.Registration<T> registration) {
        T payload;
        try {
            payload = codec.payload(event, registration.type());
        } catch (EventFormatException e) {
            return deadLetter(consumer, event.type(), e);
        }
        Duration backoff = config.retryBackoff();
        return Uni.createFrom().deferred(() -> inbox.processOnce(consumer, event,
                        () -> registration.handler().handle(event, payload)))
                .onFailure(EventConsumer::isTransient).retry()
                .withBackOff(backoff, backoff.multipliedBy(16)).atMost(Math.max(0, config.maxAttempts() - 1))
                .invoke(applied -> registry.counter("motiv.inbox.events", "consumer", consumer, "type", event.type(),
                        "outcome", applied ? "applied" : "duplicate").increment())
                .onFailure().invoke(failure -> recordDeadLetter(consumer, event.type(), failure))
                .replaceWithVoid();
    }

    private Uni<Void> deadLetter(String consumer, String type, Throwable failure) {
        recordDeadLetter(consumer, type, failure);
        return Uni.createFrom().failure(failure);
    }

    private void recordDeadLetter(String consumer, String type, Throwable failure) {
        registry.counter("motiv.inbox.events", "consumer", consumer, "type", type, "outcome", "dead-lettered").increment();
        LOG.warnf("%s cannot process a %s event, sending it to the dead-letter topic: %s", consumer, type,
                failure.getMessage());
    }

    private static boolean isTransient(Throwable failure) {
        return !(failure instanceof PermanentEventFailure) && !(failure instanceof EventFormatException);
    }
}
