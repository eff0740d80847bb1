package io.motiv.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.motiv.events.CloudEvent;
import io.motiv.events.EventCodec;
import io.motiv.messaging.outbox.EventPublisher;
import io.motiv.messaging.outbox.KafkaEventPublisher;
import io.motiv.messaging.outbox.OutboxRelay;
import io.motiv.messaging.testapp.NoteConsumer;
import io.motiv.messaging.testapp.NoteService;
import io.motiv.messaging.testapp.Noted;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.Sql;
import io.motiv.testing.SharedInfrastructure;
import io.motiv.testing.infra.KafkaServer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "messaging"))
@QuarkusTestResource(KafkaResource.class)
class ReliableMessagingTest {

    private static final Duration DELIVERY = Duration.ofSeconds(60);

    @Inject
    NoteService notes;

    @Inject
    OutboxRelay relay;

    @Inject
    KafkaEventPublisher kafkaPublisher;

    @Inject
    MessagingConfig config;

    @Inject
    DataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaDefaults;

    @Inject
    OpenTelemetry openTelemetry;

    @Inject
    InMemorySpanExporter spans;

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldCarryTraceContextAcrossKafka() throws Exception {
        String key = uniqueKey("traced");
        Tracer tracer = openTelemetry.getTracer("test");
        Span[] request = new Span[1];

        // As a GraphQL request does: the server span stays current on the request's Vert.x context until it ends.
        CloudEvent event = run(() -> {
            Span span = tracer.spanBuilder("POST /graphql").setSpanKind(SpanKind.SERVER).startSpan();
            request[0] = span;
            Scope scope = span.makeCurrent();
            return notes.write(key, 1).eventually(() -> {
                scope.close();
                span.end();
            });
        });
        SpanContext written = request[0].getSpanContext();

        assertThat(Sql.count(dataSource, "SELECT count(*) FROM motiv_outbox WHERE event_id = ? AND trace_parent = ?",
                event.id(), "00-" + written.getTraceId() + "-" + written.getSpanId() + "-01"))
                .as("the outbox row keeps the writer's traceparent").isEqualTo(1);
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(timesApplied(event.id())).isEqualTo(1));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM applied_note WHERE event_id = ? AND trace_id = ?",
                event.id(), written.getTraceId())).as("the handler ran in the writer's trace").isEqualTo(1);
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(consumerSpans(event)).isNotEmpty());
        SpanData consumed = consumerSpans(event).get(0);
        assertThat(consumed.getName()).isEqualTo(Noted.TYPE.name());
        assertThat(consumed.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(consumed.getTraceId()).isEqualTo(written.getTraceId());
        assertThat(consumed.getParentSpanId()).isEqualTo(written.getSpanId());
        assertThat(consumed.getAttributes().get(AttributeKey.stringKey("messaging.consumer.group.name")))
                .isEqualTo(NoteConsumer.CONSUMER);
    }

    @Test
    void shouldStartANewTraceForAnEventWrittenOutsideOne() throws Exception {
        String key = uniqueKey("untraced");
        CloudEvent event = run(() -> notes.write(key, 1));

        assertThat(Sql.count(dataSource, "SELECT count(*) FROM motiv_outbox WHERE event_id = ? AND trace_parent IS NULL",
                event.id())).isEqualTo(1);
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(consumerSpans(event)).isNotEmpty());
        assertThat(consumerSpans(event).get(0).getParentSpanContext().isValid()).isFalse();
    }

    private List<SpanData> consumerSpans(CloudEvent event) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> event.id().equals(span.getAttributes().get(AttributeKey.stringKey("messaging.message.id"))))
                .toList();
    }

    @Test
    void shouldDeliverEveryEventOnceWhenTheRelayDiesMidBatchAndRestarts() throws Exception {
        String prefix = uniqueKey("crash");
        relay.stop();
        try {
            List<CloudEvent> written = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String key = prefix + "-" + (i % 4);
                int seq = i / 4;
                written.add(run(() -> notes.write(key, seq)));
            }
            double duplicatesBefore = duplicates();
            // Publishes the first 15 events of its batch, then dies before it can mark anything sent.
            EventPublisher dyingPublisher = events -> {
                kafkaPublisher.publish(events.subList(0, 15));
                throw new IllegalStateException("relay process killed");
            };
            OutboxRelay dyingRelay = new OutboxRelay(dataSource, dyingPublisher, config, new SimpleMeterRegistry());
            assertThatThrownBy(dyingRelay::relayOnce).hasMessageContaining("relay process killed");
            assertThat(unsentWithKeyPrefix(prefix)).as("nothing marked sent by the dead relay").isEqualTo(40);

            relay.start();

            await().atMost(DELIVERY).untilAsserted(() ->
                    assertThat(appliedWithKeyPrefix(prefix)).isEqualTo(40));
            for (CloudEvent event : written) {
                assertThat(timesApplied(event.id())).as("applications of %s", event.id()).isEqualTo(1);
            }
            await().atMost(DELIVERY).untilAsserted(() ->
                    assertThat(duplicates() - duplicatesBefore).as("republished events skipped by the inbox").isGreaterThanOrEqualTo(15));
            assertThat(unsentWithKeyPrefix(prefix)).isZero();
        } finally {
            relay.start();
        }
    }

    @Test
    void shouldApplyAnEventDeliveredThreeTimesOnce() throws Exception {
        String key = uniqueKey("dup");
        CloudEvent event = codec.wrap(Noted.TYPE, "/motiv/test", key, new Noted(key, 1));
        CloudEvent after = codec.wrap(Noted.TYPE, "/motiv/test", key, new Noted(key, 2));
        double duplicatesBefore = duplicates();

        sendRaw(key, codec.write(event), codec.write(event), codec.write(event), codec.write(after));

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(timesApplied(after.id())).isEqualTo(1));
        assertThat(timesApplied(event.id())).isEqualTo(1);
        assertThat(duplicates() - duplicatesBefore).isEqualTo(2);
    }

    @Test
    void shouldDeliverEverythingInKeyOrderAfterABrokerOutage() throws Exception {
        KafkaServer broker = SharedInfrastructure.embeddedKafka()
                .orElseThrow(() -> new AssertionError("needs the in-process broker to stop it; unset "
                        + SharedInfrastructure.KAFKA_BOOTSTRAP_VARIABLE));
        String prefix = uniqueKey("outage");
        List<String> keys = List.of(prefix + "-a", prefix + "-b", prefix + "-c");

        broker.stop();
        try {
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int seq = 0;
            while (System.nanoTime() < end || seq < 10) {
                for (String key : keys) {
                    int next = seq;
                    run(() -> notes.write(key, next));
                }
                seq++;
                Thread.sleep(1000);
            }
            assertThat(appliedWithKeyPrefix(prefix)).as("nothing can arrive while the broker is down").isZero();
            assertThat(unsentWithKeyPrefix(prefix)).isEqualTo(3L * seq);
        } finally {
            broker.restart();
        }

        int written = unsentOrSentWithKeyPrefix(prefix);
        await().atMost(DELIVERY).untilAsserted(() -> assertThat(appliedWithKeyPrefix(prefix)).isEqualTo(written));
        for (String key : keys) {
            List<Integer> order = appliedSequence(key);
            assertThat(order).as("order applied for %s", key).isSorted().doesNotHaveDuplicates().hasSize(written / 3);
        }
    }

    @Test
    void shouldDeadLetterPoisonMessagesAndProcessTheNextOne() throws Exception {
        String key = uniqueKey("poison");
        CloudEvent failing = codec.wrap(Noted.TYPE, "/motiv/test", key, new Noted(key, Noted.ALWAYS_FAILS));
        CloudEvent next = codec.wrap(Noted.TYPE, "/motiv/test", key, new Noted(key, 7));

        sendRaw(key, "{\"this is\": \"not an event\", \"marker\": \"" + key + "\"}", codec.write(failing), codec.write(next));

        await().atMost(DELIVERY).untilAsserted(() -> assertThat(timesApplied(next.id())).isEqualTo(1));
        Map<String, String> reasons = deadLetterReasons(key, 2);
        assertThat(reasons).hasSize(2);
        assertThat(reasons.get("{\"this is\": \"not an event\", \"marker\": \"" + key + "\"}"))
                .contains("not a CloudEvent").contains("missing required field");
        assertThat(reasons.get(codec.write(failing))).contains("simulated failure applying " + failing.id());
        assertThat(timesApplied(failing.id())).isZero();
    }

    @Test
    void shouldLeaveNoEventBehindARolledBackTransaction() throws Exception {
        String key = uniqueKey("rollback");

        assertThatThrownBy(() -> run(() -> notes.writeThenFail(key))).hasMessageContaining("rolled back");

        assertThat(unsentOrSentWithKeyPrefix(key)).isZero();
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM note WHERE note_key = ?", key)).isZero();
    }

    @Test
    void shouldRefuseToAppendOutsideATransaction() {
        assertThatThrownBy(() -> run(() -> notes.appendWithoutTransaction(uniqueKey("no-tx"))))
                .hasMessageContaining("needs a transaction");
    }

    @Test
    void shouldMakeConsumersReadOnlyCommittedBatches() {
        assertThat(kafkaDefaults).containsEntry("isolation.level", "read_committed");
    }

    @Test
    void shouldReportBacklogInReadinessAndMetrics() {
        given().get("/q/health/ready").then().statusCode(200)
                .body(containsString("\"outbox\""), containsString("\"backlog\""));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("motiv_outbox_backlog"), containsString("motiv_outbox_published_total"));
    }

    private static <T> T run(Supplier<Uni<T>> action) throws Exception {
        try {
            return VertxContextSupport.subscribeAndAwait(action);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uniqueKey(String purpose) {
        return purpose + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private double duplicates() {
        return registry.find("motiv.inbox.events").tags("consumer", NoteConsumer.CONSUMER, "outcome", "duplicate")
                .counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private void sendRaw(String key, String... values) throws Exception {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                "bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers(), "acks", "all"),
                new StringSerializer(), new StringSerializer())) {
            for (String value : values) {
                producer.send(new ProducerRecord<>(Noted.TOPIC, key, value)).get();
            }
        }
    }

    private Map<String, String> deadLetterReasons(String marker, int expected) {
        Map<String, String> reasons = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", SharedInfrastructure.kafkaBootstrapServers(),
                "group.id", "dlq-reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("dead-letter." + NoteConsumer.CONSUMER));
            long deadline = System.nanoTime() + DELIVERY.toNanos();
            while (reasons.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().contains(marker)) {
                        Header reason = record.headers().lastHeader("dead-letter-reason");
                        reasons.put(record.value(), reason == null ? "" : new String(reason.value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return reasons;
    }

    private int timesApplied(String eventId) throws Exception {
        return Sql.count(dataSource, "SELECT count(*) FROM applied_note WHERE event_id = ?", eventId);
    }

    private int appliedWithKeyPrefix(String prefix) throws Exception {
        return Sql.count(dataSource, "SELECT count(*) FROM applied_note WHERE note_key LIKE ?", prefix + "%");
    }

    private int unsentWithKeyPrefix(String prefix) throws Exception {
        return Sql.count(dataSource, "SELECT count(*) FROM motiv_outbox WHERE sent_at IS NULL AND message_key LIKE ?", prefix + "%");
    }

    private int unsentOrSentWithKeyPrefix(String prefix) throws Exception {
        return Sql.count(dataSource, "SELECT count(*) FROM motiv_outbox WHERE message_key LIKE ?", prefix + "%");
    }

    private List<Integer> appliedSequence(String key) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT seq FROM applied_note WHERE note_key = ? ORDER BY id")) {
            select.setString(1, key);
            List<Integer> sequence = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sequence.add(rows.getInt(1));
                }
            }
            return sequence;
        }
    }

}
