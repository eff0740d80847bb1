package io.motiv.segmentation.support;

import io.motiv.events.CloudEvent;
import io.motiv.events.EventCodec;
import io.motiv.events.EventType;
import io.motiv.messaging.MessagingConfig;
import io.motiv.messaging.tracing.TraceContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The outbox ({@code motiv_outbox}, platform/messaging) from a JDBC transaction: the event is committed together
 * with the rows it describes (and the trace context of the caller), and the relay publishes it. The reactive {@code Outbox} does the same for Panache.
 */
@ApplicationScoped
public class JdbcOutbox {

    private final EventCodec codec = new EventCodec();
    private final String source;

    public JdbcOutbox(MessagingConfig config) {
        this.source = config.source();
    }

    public String source() {
        return source;
    }

    public <T> CloudEvent append(Connection connection, EventType<T> type, String subject, T payload) throws SQLException {
        CloudEvent event = codec.wrap(type, source, subject, payload);
        TraceContext trace = TraceContext.current();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO motiv_outbox (event_id, event_type, topic, message_key, payload, trace_parent, trace_state)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setString(1, event.id());
            insert.setString(2, event.type());
            insert.setString(3, type.topic());
            insert.setString(4, subject);
            insert.setString(5, codec.write(event));
            insert.setString(6, trace.traceparent());
            insert.setString(7, trace.tracestate());
            insert.executeUpdate();
        }
        return event;
    }
}
