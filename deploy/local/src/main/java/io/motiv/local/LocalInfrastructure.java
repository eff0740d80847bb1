package io.motiv.local;

import io.motiv.testing.infra.FreePorts;
import io.motiv.testing.infra.KafkaServer;
import io.motiv.testing.infra.PostgresServer;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * PostgreSQL and Kafka for the suite on one machine: the same embedded servers the tests use, with their data kept
 * under a directory so a restart keeps it. Runs until it is terminated; deploy/local/motiv starts and stops it.
 *
 * <pre>java -jar motiv-local.jar DATA_DIR PG_PORT KAFKA_PORT</pre>
 */
public final class LocalInfrastructure {

    static final List<String> DATABASES = List.of("profile", "survey", "segmentation", "valuation");
    static final String ROLE = "motiv";

    private LocalInfrastructure() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            System.err.println("usage: java -jar motiv-local.jar DATA_DIR PG_PORT KAFKA_PORT");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        int pgPort = Integer.parseInt(args[1]);
        int kafkaPort = Integer.parseInt(args[2]);
        requireFree("PostgreSQL", pgPort);
        requireFree("Kafka", kafkaPort);

        long started = System.nanoTime();
        PostgresServer postgres = PostgresServer.startEmbedded(data.resolve("postgres"), pgPort);
        postgres.ensureRole(ROLE, ROLE);
        DATABASES.forEach(database -> postgres.ensureDatabase(database, ROLE));
        System.out.printf("postgres ready on 127.0.0.1:%d (databases %s, user %s) after %d ms%n", postgres.port(),
                DATABASES, ROLE, (System.nanoTime() - started) / 1_000_000);

        KafkaServer kafka = KafkaServer.start(data.resolve("kafka"), kafkaPort);
        System.out.printf("kafka ready on %s after %d ms%n", kafka.bootstrapServers(), (System.nanoTime() - started) / 1_000_000);

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping kafka and postgres");
            kafka.close();
            postgres.close();
            stopped.countDown();
        }, "motiv-local-stop"));
        System.out.println("READY");
        System.out.flush();
        stopped.await();
    }

    private static void requireFree(String what, int port) {
        if (!FreePorts.isFree(port)) {
            System.err.printf("%s port %d on 127.0.0.1 is taken: stop what uses it or choose another port%n", what, port);
            System.exit(3);
        }
    }
}
