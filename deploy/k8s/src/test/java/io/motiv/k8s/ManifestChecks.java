package io.motiv.k8s;

import static io.motiv.k8s.Manifests.containers;
import static io.motiv.k8s.Manifests.id;
import static io.motiv.k8s.Manifests.name;
import static io.motiv.k8s.Manifests.podLabels;
import static io.motiv.k8s.Manifests.podSpec;
import static io.motiv.k8s.Manifests.selects;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * The invariants every rendered overlay must keep. Each check returns what it found wrong (empty: fine), so a test
 * can also show that a check rejects a bad object (RenderedManifestsTest's self-checks).
 */
final class ManifestChecks {

    static final List<String> QUARKUS_PROBES = List.of("/q/health/started", "/q/health/live", "/q/health/ready");

    private ManifestChecks() {
    }

    static List<String> probes(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : m.workloads()) {
            for (JsonNode container : podSpec(workload).path("containers")) {
                String where = id(workload) + " container " + container.path("name").asText();
                for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                    if (container.path(probe).isMissingNode()) {
                        problems.add(where + " has no " + probe);
                    }
                }
                if (isQuarkusService(workload)) {
                    List<String> paths = List.of(
                            container.path("startupProbe").path("httpGet").path("path").asText(),
                            container.path("livenessProbe").path("httpGet").path("path").asText(),
                            container.path("readinessProbe").path("httpGet").path("path").asText());
                    if (!paths.equals(QUARKUS_PROBES)) {
                        problems.add(where + " probes " + paths + ", expected " + QUARKUS_PROBES);
                    }
                }
            }
        }
        return problems;
    }

    static List<String> resources(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : m.workloads()) {
            for (JsonNode container : containers(workload)) {
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (container.path("resources").path(bound).path(resource).asText("").isEmpty()) {
                            problems.add(id(workload) + " container " + container.path("name").asText()
                                    + " has no " + bound + "." + resource);
                        }
                    }
                }
            }
        }
        return problems;
    }

    static List<String> securityContext(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : m.workloads()) {
            JsonNode pod = podSpec(workload);
            if (!pod.path("securityContext").path("runAsNonRoot").asBoolean(false)) {
                problems.add(id(workload) + " pod securityContext.runAsNonRoot is not true");
            }
            Set<String> tmpVolumes = new TreeSet<>();
            for (JsonNode volume : pod.path("volumes")) {
                if (volume.has("emptyDir")) {
                    tmpVolumes.add(volume.path("name").asText());
                }
            }
            for (JsonNode container : containers(workload)) {
                String where = id(workload) + " container " + container.path("name").asText();
                JsonNode sc = container.path("securityContext");
                boolean nonRoot = sc.path("runAsNonRoot").asBoolean(pod.path("securityContext").path("runAsNonRoot").asBoolean(false));
                if (!nonRoot) {
                    problems.add(where + " may run as root");
                }
                if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                    problems.add(where + " has a writable root file system");
                }
                if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                    problems.add(where + " allows privilege escalation");
                }
                boolean dropsAll = false;
                for (JsonNode capability : sc.path("capabilities").path("drop")) {
                    dropsAll |= capability.asText().equals("ALL");
                }
                if (!dropsAll || !sc.path("capabilities").path("add").isEmpty()) {
                    problems.add(where + " does not drop ALL capabilities (or adds some)");
                }
                String seccomp = sc.path("seccompProfile").path("type")
                        .asText(pod.path("securityContext").path("seccompProfile").path("type").asText(""));
                if (!seccomp.equals("RuntimeDefault")) {
                    problems.add(where + " has seccompProfile '" + seccomp + "', expected RuntimeDefault");
                }
                boolean tmp = false;
                for (JsonNode mount : container.path("volumeMounts")) {
                    tmp |= mount.path("mountPath").asText().equals("/tmp") && tmpVolumes.contains(mount.path("name").asText());
                }
                if (!tmp) {
                    problems.add(where + " has no emptyDir at /tmp");
                }
            }
        }
        return problems;
    }

    static List<String> serviceAccounts(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : m.workloads()) {
            String account = podSpec(workload).path("serviceAccountName").asText("");
            if (account.isEmpty() || account.equals("default")) {
                problems.add(id(workload) + " uses the default ServiceAccount");
                continue;
            }
            var sa = m.find("ServiceAccount", account);
            if (sa.isEmpty()) {
                problems.add(id(workload) + " names ServiceAccount " + account + ", which is not rendered");
            } else if (sa.get().path("automountServiceAccountToken").asBoolean(true)) {
                problems.add("ServiceAccount/" + account + " mounts its token (automountServiceAccountToken not false)");
            }
            if (podSpec(workload).path("automountServiceAccountToken").asBoolean(false)) {
                problems.add(id(workload) + " turns token automount back on");
            }
        }
        return problems;
    }

    static List<String> disruptionAndScaling(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (JsonNode workload : m.workloads()) {
            Map<String, String> labels = podLabels(workload);
            if (m.ofKind("PodDisruptionBudget").stream().noneMatch(pdb -> selects(pdb.path("spec").path("selector"), labels))) {
                problems.add(id(workload) + " has no PodDisruptionBudget");
            }
            boolean scaled = m.ofKind("HorizontalPodAutoscaler").stream()
                    .filter(hpa -> hpa.path("apiVersion").asText().equals("autoscaling/v2"))
                    .map(hpa -> hpa.path("spec").path("scaleTargetRef"))
                    .anyMatch(ref -> ref.path("kind").asText().equals(workload.path("kind").asText())
                            && ref.path("name").asText().equals(name(workload)));
            if (!scaled) {
                problems.add(id(workload) + " has no autoscaling/v2 HorizontalPodAutoscaler");
            }
        }
        return problems;
    }

    static List<String> networkPolicies(Manifests m) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> policies = m.ofKind("NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && p.path("spec").path("ingress").isMissingNode() && p.path("spec").path("egress").isMissingNode()
                && p.path("spec").path("policyTypes").toString().contains("Ingress")
                && p.path("spec").path("policyTypes").toString().contains("Egress"));
        if (!defaultDeny) {
            problems.add("no default-deny NetworkPolicy (podSelector {}, Ingress and Egress, no rules)");
        }
        for (JsonNode workload : m.workloads()) {
            boolean allowed = policies.stream()
                    .filter(p -> !p.path("spec").path("podSelector").isEmpty())
                    .filter(p -> !p.path("spec").path("ingress").isEmpty())
                    .anyMatch(p -> selects(p.path("spec").path("podSelector"), podLabels(workload)));
            if (!allowed) {
                problems.add(id(workload) + " is selected by no NetworkPolicy of its own (only the default deny)");
            }
        }
        return problems;
    }

    static List<String> services(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (JsonNode service : m.ofKind("Service")) {
            JsonNode selector = service.path("spec").path("selector");
            List<JsonNode> backends = m.workloads().stream().filter(w -> selects(selector, podLabels(w))).toList();
            if (selector.isEmpty() || backends.isEmpty()) {
                problems.add(id(service) + " selects no rendered pod (" + selector + ")");
                continue;
            }
            for (JsonNode port : service.path("spec").path("ports")) {
                JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
                boolean declared = backends.stream().flatMap(w -> containers(w).stream())
                        .flatMap(c -> iterable(c.path("ports")).stream())
                        .anyMatch(p -> target.isNumber()
                                ? p.path("containerPort").asInt() == target.asInt()
                                : p.path("name").asText().equals(target.asText()));
                if (!declared) {
                    problems.add(id(service) + " targets port " + target + ", which its pods do not declare");
                }
            }
        }
        return problems;
    }

    /** ConfigMaps referenced must be rendered; Secrets rendered or listed in external-secrets.txt. */
    static List<String> references(Manifests m, Set<String> externalSecrets) {
        List<String> problems = new ArrayList<>();
        Set<String> configMaps = m.names("ConfigMap");
        Set<String> secrets = m.names("Secret");
        for (JsonNode object : m.objects()) {
            walk(object, (key, value) -> {
                String lower = key.toLowerCase();
                String referenced = referencedName(value);
                if (lower.startsWith("configmap") && referenced != null && !configMaps.contains(referenced)) {
                    problems.add(id(object) + " references ConfigMap " + referenced + ", which is not rendered");
                }
                if (isSecretReference(lower) && referenced != null
                        && !secrets.contains(referenced) && !externalSecrets.contains(referenced)) {
                    problems.add(id(object) + " references Secret " + referenced
                            + ", neither rendered nor listed in deploy/k8s/external-secrets.txt");
                }
            });
        }
        return problems;
    }

    /** Every image (containers, operator resources' image/imageName) has a version tag or digest, never latest. */
    static List<String> images(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (JsonNode object : m.objects()) {
            walk(object, (key, value) -> {
                if ((key.equals("image") || key.equals("imageName")) && value.isTextual()) {
                    String image = value.asText();
                    String last = image.substring(image.lastIndexOf('/') + 1);
                    boolean digest = image.contains("@sha256:");
                    String tag = last.contains(":") ? last.substring(last.indexOf(':') + 1) : "";
                    if (!digest && (tag.isEmpty() || tag.equals("latest"))) {
                        problems.add(id(object) + " uses image " + image + " without a version tag");
                    }
                }
            });
        }
        return problems;
    }

    static List<String> topics(Manifests m, Set<String> required) {
        List<String> problems = new ArrayList<>();
        Set<String> present = new TreeSet<>();
        for (JsonNode topic : m.ofKind("KafkaTopic")) {
            String name = topic.path("spec").path("topicName").asText(name(topic));
            present.add(name);
            int replicas = topic.path("spec").path("replicas").asInt(0);
            int minIsr = topic.path("spec").path("config").path("min.insync.replicas").asInt(0);
            if (replicas < 3) {
                problems.add("KafkaTopic " + name + " has " + replicas + " replicas, needs >= 3");
            }
            if (minIsr < 2 || minIsr > replicas - 1) {
                problems.add("KafkaTopic " + name + " has min.insync.replicas " + minIsr
                        + ": needs 2..replicas-1 so writes survive one broker loss and stay durable");
            }
            if (topic.path("spec").path("partitions").asInt(0) < 1) {
                problems.add("KafkaTopic " + name + " has no partitions set");
            }
        }
        for (String topic : required) {
            if (!present.contains(topic)) {
                problems.add("topic " + topic + " is used by the code but has no KafkaTopic");
            }
        }
        return problems;
    }

    static boolean isQuarkusService(JsonNode workload) {
        return "service".equals(podLabels(workload).get("app.kubernetes.io/component"));
    }

    private static boolean isSecretReference(String key) {
        return key.contains("secret") && !key.equals("secretkey") && !key.startsWith("automount");
    }

    /** The name a reference field holds: a string, or an object's "name" (secretKeyRef, passwordSecret, ...). */
    private static String referencedName(JsonNode value) {
        if (value.isTextual()) {
            return value.asText();
        }
        if (value.isObject() && value.path("name").isTextual()) {
            return value.path("name").asText();
        }
        return null;
    }

    private static void walk(JsonNode node, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                visitor.accept(field.getKey(), field.getValue());
                // S3 credentials name their Secret under accessKeyId as well as secretAccessKey.
                if (field.getKey().equals("s3Credentials")) {
                    field.getValue().forEach(ref -> visitor.accept("secretRef", ref));
                }
                // A realm's own fields (a client's "secret", ...) are Keycloak's, not Kubernetes references.
                if (!(field.getKey().equals("realm") && field.getValue().isObject())) {
                    walk(field.getValue(), visitor);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> walk(child, visitor));
        }
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }
}
