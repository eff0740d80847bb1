package io.motiv.messaging.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.motiv.messaging.MessagingConfig;
import io.motiv.messaging.tracing.TraceContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes outbox events in id order and marks them sent. One relay runs at a time across all replicas (a
 * transaction-scoped advisory lock), which keeps the per-key order the outbox recorded. When the process dies between
 * publishing and marking, the events are published again on restart: consumers' inboxes drop the duplicates.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6d6f7469765f6fL; // "motiv_o"

    private final DataSource dataSource;
    private final EventPublisher publisher;
    private final MessagingConfig.Outbox config;
    private static final long BACKLOG_COUNT_INTERVAL_NANOS = 1_000_000_000L;

    private final AtomicLong backlog = new AtomicLong();
    private volatile long nextBacklogCount;
    private final Counter published;
    private volatile Instant failingSince;
    private volatile String lastError;
    private Thread worker;
    private volatile boolean running;

    public OutboxRelay(DataSource dataSource, EventPublisher publisher, MessagingConfig config, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.config = config.outbox();
        Gauge.builder("motiv.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet acknowledged by the broker").register(registry);
        this.published = Counter.builder("motiv.outbox.published")
                .description("Outbox events published to the broker").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relayEnabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    public synchronized void start() {
        if (worker == null) {
            running = true;
            worker = Thread.ofPlatform().name("motiv-outbox-relay").daemon().start(this::loop);
        }
    }

    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
    }

    public synchronized boolean isRunning() {
        return worker != null;
    }

    /** Events not yet published, as of the last relay pass. */
    public long backlog() {
        return backlog.get();
    }

    /** Since when publishing has kept failing; empty while it works. */
    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /**
     * Publishes one batch.
     *
     * @return the number of events published; 0 when there was nothing to do or another replica holds the relay lock
     * @throws PublishException when the broker did not acknowledge them all (the acknowledged prefix is marked sent)
     */
    public int relayOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection)) {
                    connection.rollback();
                    return 0;
                }
                List<PendingEvent> batch = unsent(connection);
                int acknowledged = 0;
                PublishException failure = null;
                if (!batch.isEmpty()) {
                    try {
                        acknowledged = publisher.publish(batch);
                    } catch (PublishException e) {
                        acknowledged = e.acknowledged();
                        failure = e;
                    }
                    markSent(connection, batch.subList(0, acknowledged));
                    if (failure != null) {
                        markFailed(connection, batch.get(acknowledged), failure.getCause());
                    }
                }
                // Counting a million unsent rows takes longer than publishing a batch: count at most once a second.
                if (batch.size() < config.batchSize() || System.nanoTime() >= nextBacklogCount) {
                    backlog.set(countUnsent(connection));
                    nextBacklogCount = System.nanoTime() + BACKLOG_COUNT_INTERVAL_NANOS;
                } else {
                    backlog.addAndGet(-acknowledged);
                }
                connection.commit();
                published.increment(acknowledged);
                if (failure != null) {
                    throw failure;
                }
                return acknowledged;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** Deletes published events older than the retention. */
    public int purgeSent() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM motiv_outbox WHERE sent_at < now() - make_interval(secs => ?)")) {
            delete.setLong(1, config.retention().toSeconds());
            return delete.executeUpdate();
        }
    }

    private void loop() {
        Duration backoff = config.pollInterval();
        Instant nextPurge = Instant.now();
        while (running) {
            try {
                int count = relayOnce();
                if (failingSince != null) {
                    LOG.infof("outbox relay publishing again after failures since %s", failingSince);
                }
                failingSince = null;
                lastError = null;
                backoff = config.pollInterval();
                if (Instant.now().isAfter(nextPurge)) {
                    purgeSent();
                    nextPurge = Instant.now().plus(Duration.ofMinutes(10));
                }
                if (count < config.batchSize()) {
                    Thread.sleep(config.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (failingSince == null) {
                    failingSince = Instant.now();
                }
                lastError = e.getMessage();
                LOG.warnf("outbox relay: %s; retrying in %d ms", e.getMessage(), backoff.toMillis());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = min(backoff.multipliedBy(2), config.maxBackoff());
            }
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<PendingEvent> unsent(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, event_id, event_type, topic, message_key, payload, trace_parent, trace_state FROM motiv_outbox
                WHERE sent_at IS NULL ORDER BY id LIMIT ?""")) {
            select.setInt(1, config.batchSize());
            List<PendingEvent> events = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String traceParent = rows.getString(7);
                    events.add(new PendingEvent(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            traceParent == null ? TraceContext.NONE : new TraceContext(traceParent, rows.getString(8))));
                }
            }
            return events;
        }
    }

    private static void markSent(Connection connection, List<PendingEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE motiv_outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("bigint", events.stream().map(PendingEvent::id).toArray()));
            update.executeUpdate();
        }
    }

    private static void markFailed(Connection connection, PendingEvent event, Throwable cause) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE motiv_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?")) {
            update.setString(1, String.valueOf(cause));
            update.setLong(2, event.id());
            update.executeUpdate();
        }
    }

    private static long countUnsent(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM motiv_outbox WHERE sent_at IS NULL");
             ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
