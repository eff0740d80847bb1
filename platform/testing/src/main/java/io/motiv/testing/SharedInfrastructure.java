package io.motiv.testing;

import io.motiv.testing.infra.KafkaServer;
import io.motiv.testing.infra.PostgresServer;

import java.util.Optional;

/**
 * The servers of one test JVM: started on first use, shared by every test class, stopped when the JVM exits.
 * {@code MOTIV_TEST_PG_URL} (postgresql://user:password@host:port) and {@code MOTIV_TEST_KAFKA_BOOTSTRAP}
 * (host:port) point the tests at existing servers instead.
 */
public final class SharedInfrastructure {

    public static final String PG_URL_VARIABLE = "MOTIV_TEST_PG_URL";
    public static final String KAFKA_BOOTSTRAP_VARIABLE = "MOTIV_TEST_KAFKA_BOOTSTRAP";

    private static PostgresServer postgres;
    private static KafkaServer kafka;

    private SharedInfrastructure() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            String url = System.getenv(PG_URL_VARIABLE);
            postgres = url == null || url.isBlank() ? PostgresServer.startEmbedded(null, 0, SqlStatements.SERVER_CONFIG)
                    : PostgresServer.external(url);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "motiv-test-postgres-stop"));
        }
        return postgres;
    }

    public static synchronized String kafkaBootstrapServers() {
        String external = System.getenv(KAFKA_BOOTSTRAP_VARIABLE);
        if (external != null && !external.isBlank()) {
            return external;
        }
        if (kafka == null) {
            kafka = KafkaServer.start(null, 0);
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "motiv-test-kafka-stop"));
        }
        return kafka.bootstrapServers();
    }

    /** The in-process broker, which tests can stop and restart; empty when the tests use an external broker. */
    public static synchronized Optional<KafkaServer> embeddedKafka() {
        kafkaBootstrapServers();
        return Optional.ofNullable(kafka);
    }
}
