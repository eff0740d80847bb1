package io.motiv.messaging.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * The W3C trace context an event carries from the transaction that wrote it, through the outbox row, to the Kafka
 * record's {@code traceparent} / {@code tracestate} headers. Both are null when no span was current (tracing off,
 * a background job).
 */
public record TraceContext(String traceparent, String tracestate) {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";
    public static final TraceContext NONE = new TraceContext(null, null);

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();

    private static final TextMapSetter<Map<String, String>> MAP_SETTER = Map::put;

    private static final TextMapGetter<Headers> HEADER_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            return StreamSupport.stream(headers.spliterator(), false).map(Header::key).toList();
        }

        @Override
        public String get(Headers headers, String key) {
            Header header = headers == null ? null : headers.lastHeader(key);
            return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
        }
    };

    /** The context of the span current on this thread or Vert.x context. */
    public static TraceContext current() {
        Context context = Context.current();
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return NONE;
        }
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(context, carrier, MAP_SETTER);
        return new TraceContext(carrier.get(TRACEPARENT), carrier.get(TRACESTATE));
    }

    /** The context a record's headers carry; {@link Context#root()} when they carry none. */
    public static Context extract(Headers headers) {
        return W3C.extract(Context.root(), headers, HEADER_GETTER);
    }

    public boolean isPresent() {
        return traceparent != null;
    }

    /** Adds the headers to an outgoing record (nothing when there is no context). */
    public void addTo(Headers headers) {
        if (traceparent != null) {
            headers.add(new RecordHeader(TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8)));
            if (tracestate != null && !tracestate.isEmpty()) {
                headers.add(new RecordHeader(TRACESTATE, tracestate.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }
}
