package io.motiv.messaging.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.motiv.events.CloudEvent;
import io.motiv.events.EventCodec;
import io.motiv.events.EventFormatException;
import io.motiv.events.EventType;
import io.motiv.messaging.MessagingConfig;
import io.motiv.messaging.tracing.ConsumerSpans;
import io.motiv.messaging.tracing.TraceContext;
import io.opentelemetry.context.Context;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

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
    private final DeadLetters deadLetters;
    private final ConsumerSpans spans;

    public EventConsumer(Inbox inbox, MessagingConfig config, MeterRegistry registry, DeadLetters deadLetters,
                         ConsumerSpans spans) {
        this.inbox = inbox;
        this.deadLetters = deadLetters;
        this.spans = spans;
        this.config = config.inbox();
        this.registry = registry;
    }

    /**
     * Handles one record in a CONSUMER span that continues the trace of its {@code traceparent} header (see
     * {@link ConsumerSpans}).
     */
    public Uni<Void> consume(String consumer, ConsumerRecord<String, String> record, EventHandlers handlers) {
        return consume(consumer, record.topic(), record.value(), TraceContext.extract(record.headers()), handlers);
    }

    /** Handles one message that carries no trace context (its span starts a trace). */
    public Uni<Void> consume(String consumer, String message, EventHandlers handlers) {
        return consume(consumer, "unknown", message, Context.root(), handlers);
    }

    private Uni<Void> consume(String consumer, String topic, String message, Context trace, EventHandlers handlers) {
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
        return spans.process(event.type(), topic, consumer, event.id(), List.of(trace),
                () -> apply(consumer, event, registration));
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

    /**
     * The body of a batch {@code @Incoming} method ({@code batch=true} on the channel) for one event type: parses every
     * message, parks the unreadable ones on {@code deadLetterTopic} one by one, skips other types, and applies the
     * rest once through the inbox in one transaction, retrying transient failures. A batch that still fails comes
     * back as a failed {@code Uni} (the channel's strategy then applies to the whole batch).
     */
    public <T> Uni<Void> consumeBatch(String consumer, String deadLetterTopic, List<String> messages, EventType<T> type,
                                      BiFunction<List<CloudEvent>, List<T>, Uni<Void>> effect) {
        List<Context> traces = java.util.Collections.nCopies(messages.size(), Context.root());
        return consumeBatch(consumer, deadLetterTopic, type.topic(), messages, traces, type, effect);
    }

    /**
     * {@link #consumeBatch(String, String, List, EventType, BiFunction)} for a batch channel's records, handled in one
     * CONSUMER span that continues the trace of the first record with a {@code traceparent} header and links the
     * others' (see {@link ConsumerSpans}).
     */
    public <T> Uni<Void> consumeBatch(String consumer, String deadLetterTopic, Iterable<ConsumerRecord<String, String>> records,
                                      EventType<T> type, BiFunction<List<CloudEvent>, List<T>, Uni<Void>> effect) {
        List<String> messages = new ArrayList<>();
        List<Context> traces = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            messages.add(record.value());
            traces.add(TraceContext.extract(record.headers()));
        }
        return consumeBatch(consumer, deadLetterTopic, type.topic(), messages, traces, type, effect);
    }

    private <T> Uni<Void> consumeBatch(String consumer, String deadLetterTopic, String topic, List<String> messages,
                                       List<Context> traces, EventType<T> type,
                                       BiFunction<List<CloudEvent>, List<T>, Uni<Void>> effect) {
        List<CloudEvent> events = new ArrayList<>();
        List<T> payloads = new ArrayList<>();
        List<Context> eventTraces = new ArrayList<>();
        List<String[]> unreadable = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            String message = messages.get(i);
            try {
                CloudEvent event = codec.read(message);
                if (type.name().equals(event.type())) {
                    payloads.add(codec.payload(event, type));
                    events.add(event);
                    eventTraces.add(traces.get(i));
                }
            } catch (EventFormatException e) {
                unreadable.add(new String[]{message, e.getMessage()});
            }
        }
        Uni<Void> parked = unreadable.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.createFrom().item(() -> {
                    unreadable.forEach(entry -> {
                        recordDeadLetter(consumer, "unknown", new EventFormatException(entry[1]));
                        deadLetters.send(deadLetterTopic, null, entry[0], entry[1]);
                    });
                    return null;
                }).runSubscriptionOn(io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool()).replaceWithVoid();
        if (events.isEmpty()) {
            return parked;
        }
        Duration backoff = config.retryBackoff();
        return parked.chain(() -> spans.process(type.name(), topic, consumer, eventTraces, () -> Uni.createFrom().deferred(() -> inbox.processBatchOnce(consumer, events, fresh -> {
                            java.util.Set<String> ids = new java.util.HashSet<>();
                            fresh.forEach(event -> ids.add(event.id()));
                            List<T> freshPayloads = new ArrayList<>();
                            for (int i = 0; i < events.size(); i++) {
                                if (ids.remove(events.get(i).id())) {
                                    freshPayloads.add(payloads.get(i));
                                }
                            }
                            return effect.apply(fresh, freshPayloads);
                        }))
                        .onFailure(EventConsumer::isTransient).retry()
                        .withBackOff(backoff, backoff.multipliedBy(16)).atMost(Math.max(0, config.maxAttempts() - 1))
                        .invoke(applied -> {
                            registry.counter("motiv.inbox.events", "consumer", consumer, "type", type.name(), "outcome", "applied").increment(applied);
                            registry.counter("motiv.inbox.events", "consumer", consumer, "type", type.name(), "outcome", "duplicate").increment(events.size() - applied);
                        })
                        .onFailure().invoke(failure -> recordDeadLetter(consumer, type.name(), failure))))
                .replaceWithVoid();
    }

    private static boolean isTransient(Throwable failure) {
        return !(failure instanceof PermanentEventFailure) && !(failure instanceof EventFormatException);
    }
}
