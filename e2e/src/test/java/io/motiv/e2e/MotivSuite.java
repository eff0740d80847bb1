package io.motiv.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The whole suite for the e2e tests: {@code deploy/local/motiv up} on free local ports with its own state directory
 * ({@code e2e/target/motiv}, logs in {@code logs/}), started once for all test classes and stopped with
 * {@code motiv down} when JUnit closes its root store (after the last class, also after failures), or by a JVM
 * shutdown hook if the run is interrupted. Closing fails when any process of this suite is left behind.
 */
public final class MotivSuite implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Running.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    public static final class Running implements AutoCloseable {
        final Path repo;
        final Path home;
        final int pgPort, kafkaPort, keycloakPort, gatewayPort;
        final Map<String, Integer> servicePorts = new LinkedHashMap<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final Thread shutdownHook;
        private boolean closed;
        final Gateway gateway;
        final Tokens tokens;
        final TraceSink traces;

        private Running() {
            repo = Path.of(System.getProperty("motiv.repo", "..")).toAbsolutePath().normalize();
            home = Path.of(System.getProperty("motiv.e2e.home", "target/motiv")).toAbsolutePath().normalize();
            int[] ports = freePorts(8);
            pgPort = ports[0];
            kafkaPort = ports[1];
            keycloakPort = ports[2];
            gatewayPort = ports[3];
            servicePorts.put("profile", ports[4]);
            servicePorts.put("survey", ports[5]);
            servicePorts.put("segmentation", ports[6]);
            servicePorts.put("valuation", ports[7]);
            env.put("MOTIV_HOME", home.toString());
            env.put("MOTIV_PG_PORT", String.valueOf(pgPort));
            env.put("MOTIV_KAFKA_PORT", String.valueOf(kafkaPort));
            env.put("MOTIV_KEYCLOAK_PORT", String.valueOf(keycloakPort));
            env.put("MOTIV_GATEWAY_PORT", String.valueOf(gatewayPort));
            servicePorts.forEach((name, port) -> env.put("MOTIV_" + name.toUpperCase() + "_PORT", String.valueOf(port)));
            // production-like gateway: introspection off (the abuse checks assert it is refused)
            env.put("MOTIV_GATEWAY_INTROSPECTION", "false");
            // tracing on in every process, exported to an OTLP/HTTP receiver in this JVM (CustomerJourneyTest follows
            // one trace from the gateway through the services and Kafka)
            traces = new TraceSink();
            env.put("MOTIV_GATEWAY_OTLP_ENDPOINT", traces.endpoint());
            env.put("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT", traces.endpoint());
            env.put("QUARKUS_OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
            gateway = new Gateway("http://127.0.0.1:" + gatewayPort + "/graphql");
            tokens = new Tokens("http://127.0.0.1:" + keycloakPort + "/realms/motiv");
            shutdownHook = new Thread(this::downQuietly, "motiv-e2e-down");
        }

        static Running start() {
            Running suite = new Running();
            suite.up();
            return suite;
        }

        String serviceUrl(String name) {
            return "http://127.0.0.1:" + servicePorts.get(name) + "/graphql";
        }

        private void up() {
            if (!processGroups().isEmpty()) {
                log("stopping what an interrupted earlier run left in " + home);
                downQuietly();
            }
            resetState();
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            log("starting the suite in " + home + " (ports: postgres " + pgPort + ", kafka " + kafkaPort + ", keycloak "
                    + keycloakPort + ", gateway " + gatewayPort + ", services " + servicePorts + ")");
            long started = System.nanoTime();
            // -Dmotiv.e2e.demoCustomers=N: `motiv up --demo --customers N` (DemoTest, its own surefire execution)
            String demo = System.getProperty("motiv.e2e.demoCustomers", "");
            int code = demo.isBlank() ? motiv(Duration.ofMinutes(12), "up")
                    : motiv(Duration.ofMinutes(40), "up", "--demo", "--customers", demo);
            if (code != 0) {
                String tail = tail(home.resolve("logs/motiv-up.log"), 40);
                downQuietly();
                throw new IllegalStateException("deploy/local/motiv up failed (exit " + code + "); logs in " + home.resolve("logs")
                        + "\n" + tail);
            }
            log("suite up in " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s");
        }

        /** A fresh start every time: no data, no Keycloak realm, no logs from an earlier run (the Keycloak binaries stay). */
        private void resetState() {
            try {
                Files.createDirectories(home);
                for (String dir : List.of("data", "run", "logs", "demo")) {
                    deleteTree(home.resolve(dir));
                }
                Path dist = home.resolve("dist");
                if (Files.isDirectory(dist)) {
                    try (Stream<Path> installs = Files.list(dist)) {
                        for (Path install : installs.toList()) {
                            deleteTree(install.resolve("data"));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            traces.close();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook runs down itself
            }
            Set<Long> groups = processGroups();
            long started = System.nanoTime();
            int code = motiv(Duration.ofMinutes(3), "down");
            log("suite down in " + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s (exit " + code + ")");
            List<String> left = List.of();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                left = leftovers(groups);
                if (left.isEmpty()) {
                    break;
                }
                sleep(200);
            }
            if (!left.isEmpty()) {
                throw new AssertionError("processes of the e2e suite left behind after `motiv down`:\n" + String.join("\n", left));
            }
            log("no process left behind");
        }

        private void downQuietly() {
            try {
                motiv(Duration.ofMinutes(3), "down");
            } catch (RuntimeException e) {
                System.err.println("[e2e] motiv down failed: " + e);
            }
        }

        private int motiv(Duration timeout, String command, String... options) {
            try {
                Files.createDirectories(home.resolve("logs"));
                List<String> commandLine = new ArrayList<>(List.of("bash", repo.resolve("deploy/local/motiv").toString(), command));
                commandLine.addAll(List.of(options));
                ProcessBuilder builder = new ProcessBuilder(commandLine)
                        .directory(repo.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("logs/motiv-" + command + ".log").toFile()));
                builder.environment().putAll(env);
                Process process = builder.start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                    return 124;
                }
                return process.exitValue();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** The process groups the launcher recorded (one per component). */
        private Set<Long> processGroups() {
            Set<Long> groups = new TreeSet<>();
            Path run = home.resolve("run");
            if (Files.isDirectory(run)) {
                try (Stream<Path> files = Files.list(run)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                        String text = Files.readString(file).trim();
                        if (text.matches("\\d+")) {
                            groups.add(Long.parseLong(text));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return groups;
        }

        /** Processes in one of the suite's process groups or whose command line names its state directory. */
        private List<String> leftovers(Set<Long> groups) {
            List<String> left = new ArrayList<>();
            try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
                for (Path proc : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                    try {
                        String stat = Files.readString(proc.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        long group = Long.parseLong(fields[2]);
                        String cmdline = new String(Files.readAllBytes(proc.resolve("cmdline"))).replace('\0', ' ').trim();
                        if (cmdline.isEmpty() || ProcessHandle.current().pid() == Long.parseLong(proc.getFileName().toString())) {
                            continue;
                        }
                        if (groups.contains(group) || cmdline.contains(home.toString())) {
                            left.add(proc.getFileName() + " " + cmdline.substring(0, Math.min(200, cmdline.length())));
                        }
                    } catch (IOException | RuntimeException gone) {
                        // the process ended while we looked
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return left;
        }
    }

    static int[] freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no " + file + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void log(String message) {
        System.out.println("[e2e] " + message);
    }
}
