package io.motiv.messaging.testapp;

import io.motiv.events.CloudEvent;
import io.motiv.messaging.inbox.EventConsumer;
import io.motiv.messaging.inbox.EventHandlers;
import io.opentelemetry.api.trace.Span;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

@ApplicationScoped
public class NoteConsumer {

    public static final String CONSUMER = "messaging-test";

    private final EventConsumer consumer;
    private final EventHandlers handlers = EventHandlers.create().on(Noted.TYPE, NoteConsumer::apply);

    public NoteConsumer(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Incoming("test-events")
    public Uni<Void> onMessage(ConsumerRecord<String, String> record) {
        return consumer.consume(CONSUMER, record, handlers);
    }

    private static Uni<Void> apply(CloudEvent event, Noted noted) {
        if (noted.seq() == Noted.ALWAYS_FAILS) {
            return Uni.createFrom().failure(new IllegalStateException("simulated failure applying " + event.id()));
        }
        return Panache.getSession().chain(session -> session
                        .createNativeQuery("""
                                INSERT INTO applied_note (event_id, note_key, seq, trace_id) VALUES (:id, :key, :seq, :trace)""")
                        .setParameter("id", event.id())
                        .setParameter("trace", Span.current().getSpanContext().getTraceId())
                        .setParameter("key", noted.key())
                        .setParameter("seq", noted.seq())
                        .executeUpdate())
                .replaceWithVoid();
    }
}
