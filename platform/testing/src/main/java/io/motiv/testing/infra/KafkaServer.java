package io.motiv.testing.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A real single-node Kafka broker (KRaft: broker and controller in one process), in this JVM, on 127.0.0.1.
 * It can be stopped and started again on the same ports and log directory, as a broker outage would look to clients.
 */
public final class KafkaServer implements AutoCloseable {

    private final Path logDirectory;
    private final boolean temporary;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private KafkaServer(Path logDirectory, boolean temporary, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.temporary = temporary;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * @param logDirectory where topics are kept (reused when present), or null for a throw-away directory
     * @param port the client port, or 0 for a free one
     */
    public static KafkaServer start(Path logDirectory, int port) {
        try {
            boolean temporary = logDirectory == null;
            Path directory = temporary ? Files.createTempDirectory("motiv-kafka-") : logDirectory;
            Files.createDirectories(directory);
            KafkaServer kafka = new KafkaServer(directory, temporary, port == 0 ? FreePorts.pick() : port, FreePorts.pick());
            kafka.format();
            kafka.startServer();
            return kafka;
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka log directory: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Stops the broker, keeping its data; clients see it as gone. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts the broker again on the same ports with the same data. */
    public synchronized void restart() {
        if (server == null) {
            startServer();
        }
    }

    @Override
    public synchronized void close() {
        stop();
        if (temporary) {
            deleteRecursively(logDirectory);
        }
    }

    private void format() {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return; // formatted by an earlier start: keep its cluster id and data
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setControllerListenerName("CONTROLLER")
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setDirectories(Set.of(logDirectory.toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + logDirectory + ": " + e.getMessage(), e);
        }
    }

    private synchronized void startServer() {
        KafkaRaftServer raftServer = new KafkaRaftServer(KafkaConfig.fromProps(config(), false), Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
    }

    private Properties config() {
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDirectory.toString());
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        // One node: every internal topic has one replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // The default dedupe buffer alone takes 128 MB of heap.
        props.put("log.cleaner.dedupe.buffer.size", "2097152");
        props.put("log.flush.interval.messages", String.valueOf(Long.MAX_VALUE));
        return props;
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover temp directory is harmless
        }
    }
}
