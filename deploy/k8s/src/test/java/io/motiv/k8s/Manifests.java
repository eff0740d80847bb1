package io.motiv.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A rendered set of Kubernetes objects, with the look-ups the checks need. */
record Manifests(List<JsonNode> objects) {

    static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet");

    List<JsonNode> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    Optional<JsonNode> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(name(o))).findFirst();
    }

    List<JsonNode> workloads() {
        return objects.stream().filter(o -> WORKLOAD_KINDS.contains(o.path("kind").asText())).toList();
    }

    Set<String> names(String kind) {
        return Set.copyOf(ofKind(kind).stream().map(Manifests::name).toList());
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String id(JsonNode object) {
        return object.path("kind").asText() + "/" + name(object);
    }

    static JsonNode podSpec(JsonNode workload) {
        return workload.path("spec").path("template").path("spec");
    }

    static Map<String, String> podLabels(JsonNode workload) {
        return strings(workload.path("spec").path("template").path("metadata").path("labels"));
    }

    static List<JsonNode> containers(JsonNode workload) {
        List<JsonNode> containers = new ArrayList<>();
        podSpec(workload).path("initContainers").forEach(containers::add);
        podSpec(workload).path("containers").forEach(containers::add);
        return containers;
    }

    static Map<String, String> strings(JsonNode map) {
        Map<String, String> result = new LinkedHashMap<>();
        map.properties().forEach(e -> result.put(e.getKey(), e.getValue().asText()));
        return result;
    }

    /** A label selector ({matchLabels, matchExpressions} or a Service's plain map) against a pod's labels. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        JsonNode matchLabels = selector.has("matchLabels") || selector.has("matchExpressions")
                ? selector.path("matchLabels") : selector;
        if (selector.has("matchExpressions") && !selector.path("matchExpressions").isEmpty()) {
            return false; // not used here; counting it as "no match" keeps the checks strict
        }
        return strings(matchLabels).entrySet().stream()
                .allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
    }

    /**
     * The environment a container sees: its ConfigMaps' data (envFrom) overlaid by its own literal env entries.
     * Secret-backed variables are listed with the value "(secret)".
     */
    Map<String, String> environment(JsonNode container) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String configMap = from.path("configMapRef").path("name").asText(null);
            if (configMap != null) {
                find("ConfigMap", configMap).ifPresent(cm -> env.putAll(strings(cm.path("data"))));
            }
        }
        for (JsonNode variable : container.path("env")) {
            env.put(variable.path("name").asText(),
                    variable.has("value") ? variable.path("value").asText() : "(secret)");
        }
        return env;
    }
}
