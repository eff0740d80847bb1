package io.motiv.e2e;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OTLP/HTTP receiver for the suite's traces: it accepts every export (HTTP 200, an empty protobuf/JSON answer) and
 * keeps the bodies. It does not decode them: the services export protobuf, where a trace id is 16 raw bytes, and the
 * gateway exports JSON, where it is 32 hex digits; each export holds one process's spans with its {@code service.name}.
 */
final class TraceSink implements AutoCloseable {

    private final HttpServer server;
    private final List<byte[]> exports = new CopyOnWriteArrayList<>();

    TraceSink() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            try (exchange) {
                exports.add(exchange.getRequestBody().readAllBytes());
                boolean json = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).contains("json");
                byte[] answer = json ? "{}".getBytes(StandardCharsets.UTF_8) : new byte[0];
                exchange.getResponseHeaders().set("Content-Type", json ? "application/json" : "application/x-protobuf");
                exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
                if (answer.length > 0) {
                    exchange.getResponseBody().write(answer);
                }
            }
        });
        server.start();
    }

    /** The base URL exporters are given (they append {@code /v1/traces}). */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The names among {@code services} whose exports hold a span of the trace {@code traceId} (32 hex digits). An export
     * is credited to the first name in {@code services} it contains (its {@code service.name}): list the gateway first,
     * since its spans may also name the subgraphs it called.
     */
    Set<String> servicesWithTrace(String traceId, List<String> services) {
        byte[] raw = HexFormat.of().parseHex(traceId);
        byte[] hex = traceId.getBytes(StandardCharsets.US_ASCII);
        Set<String> found = new TreeSet<>();
        for (byte[] export : exports) {
            if (indexOf(export, raw) >= 0 || indexOf(export, hex) >= 0) {
                services.stream()
                        .filter(service -> indexOf(export, service.getBytes(StandardCharsets.UTF_8)) >= 0)
                        .findFirst()
                        .ifPresent(found::add);
            }
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
