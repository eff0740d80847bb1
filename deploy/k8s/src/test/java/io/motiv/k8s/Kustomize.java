package io.motiv.k8s;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Renders a Kustomize directory with `kubectl kustomize`, once per directory and test run. */
final class Kustomize {

    static final Path REPO = Path.of(System.getProperty("motiv.repo", "../..")).toAbsolutePath().normalize();
    static final Path K8S = REPO.resolve("deploy/k8s");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static Manifests overlay(String name) {
        return RENDERED.computeIfAbsent(name, n -> render(K8S.resolve("overlays").resolve(n)));
    }

    static Manifests parse(String yaml) {
        try {
            List<JsonNode> documents = new ArrayList<>();
            for (JsonNode document : YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll()) {
                if (document != null && !document.isNull() && !document.isMissingNode()) {
                    documents.add(document);
                }
            }
            return new Manifests(documents);
        } catch (IOException e) {
            throw new IllegalStateException("rendered YAML does not parse", e);
        }
    }

    private static Manifests render(Path directory) {
        String kubectl = kubectl();
        try {
            Path out = Files.createTempFile("motiv-kustomize", ".yaml");
            Path err = Files.createTempFile("motiv-kustomize", ".err");
            try {
                Process process = new ProcessBuilder(kubectl, "kustomize", directory.toString())
                        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail("kubectl kustomize " + REPO.relativize(directory) + " did not finish within 60 s");
                }
                if (process.exitValue() != 0) {
                    fail("kubectl kustomize " + REPO.relativize(directory) + " failed:\n" + Files.readString(err));
                }
                return parse(Files.readString(out, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + kubectl, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** kubectl from PATH; CI must have it (the rendered manifests are a CI check), elsewhere the tests skip. */
    private static String kubectl() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        String message = "kubectl (with Kustomize) is not on PATH: the Kubernetes manifests cannot be rendered";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " (CI=true: install kubectl >= 1.27)");
        }
        abort(message + "; skipping (install kubectl to run these checks)");
        throw new AssertionError("unreachable");
    }
}
