package io.motiv.messaging.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the handling of consumed events in a CONSUMER span named after the event type, continuing the trace the
 * events' headers carry. The span stays current (on the message's Vert.x context) until the handling's {@code Uni}
 * ends, so what the handler writes to the outbox carries this trace on to the next service.
 */
@ApplicationScoped
public class ConsumerSpans {

    /** OpenTelemetry's default limit of links per span. */
    private static final int MAX_LINKS = 128;

    private final Tracer tracer;

    public ConsumerSpans(OpenTelemetry openTelemetry) {
        this.tracer = openTelemetry.getTracer("io.motiv.messaging");
    }

    /**
     * @param parents the contexts of the events handled together (one per event; {@link Context#root()} for an event
     *                without one). A batch's span continues the first traced event's trace and links the others':
     *                one span cannot have several parents, and a busy topic rarely gives a batch of one trace.
     */
    public <T> Uni<T> process(String eventType, String topic, String consumer, List<Context> parents, Supplier<Uni<T>> work) {
        return process(eventType, topic, consumer, null, parents, work);
    }

    /** @param eventId the CloudEvent id of a single event ({@code messaging.message.id}), or null for a batch */
    public <T> Uni<T> process(String eventType, String topic, String consumer, String eventId, List<Context> parents,
                              Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            SpanBuilder builder = builder(eventType, topic, consumer, parents);
            if (eventId != null) {
                builder.setAttribute("messaging.message.id", eventId);
            }
            Span span = builder.startSpan();
            if (!VertxContext.isOnDuplicatedContext()) {
                return onThread(span, work);
            }
            // Stored in the message's Vert.x context, where the handling's callbacks run: current until it ends.
            Scope scope = span.makeCurrent();
            Uni<T> handling;
            try {
                handling = work.get();
            } catch (RuntimeException e) {
                end(span, scope, e);
                return Uni.createFrom().failure(e);
            }
            return handling.onTermination().invoke((item, failure, cancelled) -> end(span, scope, failure));
        });
    }

    /**
     * Off a Vert.x context the span can only be current in a thread local, which must be cleared on the same thread:
     * current while the handling is built and subscribed, ended when it ends.
     */
    private static <T> Uni<T> onThread(Span span, Supplier<Uni<T>> work) {
        return Uni.createFrom().emitter(emitter -> {
            try (Scope ignored = span.makeCurrent()) {
                work.get().subscribe().with(
                        item -> {
                            end(span, null);
                            emitter.complete(item);
                        },
                        failure -> {
                            end(span, failure);
                            emitter.fail(failure);
                        });
            } catch (RuntimeException e) {
                end(span, e);
                emitter.fail(e);
            }
        });
    }

    private SpanBuilder builder(String eventType, String topic, String consumer, List<Context> parents) {
        SpanBuilder builder = tracer.spanBuilder(eventType)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "process")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", consumer);
        if (parents.size() > 1) {
            builder.setAttribute("messaging.batch.message_count", (long) parents.size());
        }
        Context parent = null;
        int links = 0;
        for (Context context : parents) {
            SpanContext spanContext = Span.fromContext(context).getSpanContext();
            if (!spanContext.isValid()) {
                continue;
            }
            if (parent == null) {
                parent = context;
            } else if (links < MAX_LINKS && !spanContext.equals(Span.fromContext(parent).getSpanContext())) {
                builder.addLink(spanContext);
                links++;
            }
        }
        // Never the ambient context: the poll loop's thread or Vert.x context carries nothing that belongs here.
        return parent == null ? builder.setNoParent() : builder.setParent(parent);
    }

    private static void end(Span span, Scope scope, Throwable failure) {
        scope.close();
        end(span, failure);
    }

    private static void end(Span span, Throwable failure) {
        if (failure != null) {
            span.recordException(failure);
            span.setStatus(StatusCode.ERROR, String.valueOf(failure.getMessage()));
        }
        span.end();
    }
}
