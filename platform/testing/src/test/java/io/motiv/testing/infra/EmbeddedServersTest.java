package io.motiv.testing.infra;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedServersTest {

    @Test
    void shouldServeADatabasePerServiceAndKeepDataAcrossRestart(@TempDir Path data) throws Exception {
        int port;
        try (PostgresServer postgres = PostgresServer.startEmbedded(data, 0)) {
            port = postgres.port();
            postgres.ensureDatabase("profile");
            postgres.ensureDatabase("profile");
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("profile"), postgres.user(), postgres.password())) {
                connection.createStatement().execute("CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
            }
        }
        assertThat(FreePorts.isFree(port)).as("port released after close").isTrue();

        try (PostgresServer postgres = PostgresServer.startEmbedded(data, 0);
             Connection connection = DriverManager.getConnection(postgres.jdbcUrl("profile"), postgres.user(), postgres.password())) {
            ResultSet rows = connection.createStatement().executeQuery("SELECT id, version() FROM kept");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(42);
            assertThat(rows.getString(2)).startsWith("PostgreSQL 18");
        }
    }

    @Test
    void shouldDeliverRecordsAcrossABrokerRestart() {
        try (KafkaServer kafka = KafkaServer.start(null, 0)) {
            send(kafka, "before");
            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.restart();
            send(kafka, "after");

            assertThat(readAll(kafka, 2)).containsExactly("before", "after");
        }
    }

    @Test
    void shouldKeepTopicsWhenStartedAgainOnTheSameDirectory(@TempDir Path data) {
        try (KafkaServer kafka = KafkaServer.start(data, 0)) {
            send(kafka, "kept");
        }
        try (KafkaServer kafka = KafkaServer.start(data, 0)) {
            assertThat(readAll(kafka, 1)).containsExactly("kept");
        }
    }

    private static void send(KafkaServer kafka, String value) {
        try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "acks", "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("smoke", "key", value)).get();
        } catch (Exception e) {
            throw new AssertionError("send failed", e);
        }
    }

    private static List<String> readAll(KafkaServer kafka, int expected) {
        List<String> values = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of("bootstrap.servers", kafka.bootstrapServers(),
                "group.id", "smoke", "auto.offset.reset", "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("smoke"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
            }
        }
        return values;
    }
}
