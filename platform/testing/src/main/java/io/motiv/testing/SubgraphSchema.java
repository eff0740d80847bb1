package io.motiv.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Keeps the committed subgraph SDL that the gateway's supergraph is composed from
 * ({@code deploy/gateway/subgraphs/<service>.graphql}) equal to what the service under test serves as
 * {@code _service { sdl }}.
 *
 * <p>With {@code -Dmotiv.sdl.write=true} the file is (re)written; otherwise a difference fails the test and says how
 * to regenerate. After regenerating, compose the supergraph: {@code deploy/gateway/regenerate} does both.
 */
public final class SubgraphSchema {

    /** System property: when {@code true}, write the served SDL instead of comparing. */
    public static final String WRITE_PROPERTY = "motiv.sdl.write";
    /** System property: the directory holding the SDL files (default {@code <repo>/deploy/gateway/subgraphs}). */
    public static final String DIR_PROPERTY = "motiv.sdl.dir";

    private static final String SDL_QUERY = "{ _service { sdl } }";

    private SubgraphSchema() {
    }

    /** The SDL this service serves to the gateway, read with a viewer token, ending with one newline. */
    public static String served() {
        var response = GraphQl.post(TestTokens.forRoles("sdl-export", "viewer"), SDL_QUERY).extract();
        if (response.statusCode() != 200) {
            throw new AssertionError("POST /graphql { _service { sdl } } answered HTTP " + response.statusCode()
                    + ": the service serves no GraphQL subgraph");
        }
        Object errors = response.path("errors");
        if (errors != null) {
            throw new AssertionError("{ _service { sdl } } answered errors: " + errors);
        }
        String sdl = response.path("data._service.sdl");
        if (sdl == null || sdl.isBlank()) {
            throw new AssertionError("the service served no subgraph SDL");
        }
        return sdl.strip() + "\n";
    }

    /** Where {@code serviceName}'s SDL is committed: {@code deploy/gateway/subgraphs/<serviceName>.graphql}. */
    public static Path committedFile(String serviceName) {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir).resolve(serviceName + ".graphql");
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("deploy/gateway"))) {
                return p.resolve("deploy/gateway/subgraphs").resolve(serviceName + ".graphql");
            }
        }
        throw new AssertionError("no deploy/gateway directory above " + start + "; set -D" + DIR_PROPERTY);
    }

    /**
     * Compares the served SDL with the committed file (or writes it with {@code -Dmotiv.sdl.write=true}).
     *
     * @param serviceName file name without extension, e.g. {@code profile} (the subgraph name)
     */
    public static void assertCommitted(String serviceName) {
        String served = served();
        Path file = committedFile(serviceName);
        try {
            String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
            if (Boolean.getBoolean(WRITE_PROPERTY)) {
                if (!served.equals(committed)) {
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, served, StandardCharsets.UTF_8);
                    System.out.println("[sdl] wrote " + file + "; now compose: (cd deploy/gateway && npm run compose)");
                }
                return;
            }
            if (committed == null) {
                throw new AssertionError("no committed subgraph SDL at " + file + ". " + howToFix());
            }
            if (!served.equals(committed)) {
                throw new AssertionError("the committed subgraph SDL " + file + " differs from what " + serviceName
                        + " serves (" + firstDifference(committed, served) + "). " + howToFix());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String howToFix() {
        return "Regenerate it and the supergraph: deploy/gateway/regenerate"
                + " (or run ./mvnw verify -D" + WRITE_PROPERTY + "=true, then: cd deploy/gateway && npm run compose)"
                + " and commit deploy/gateway/subgraphs/ and deploy/gateway/supergraph.graphql";
    }

    private static String firstDifference(String committed, String served) {
        List<String> a = committed.lines().toList();
        List<String> b = served.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "<end>";
            String right = i < b.size() ? b.get(i) : "<end>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed `" + left.strip() + "`, served `" + right.strip() + "`";
            }
        }
        return "line endings differ";
    }
}
