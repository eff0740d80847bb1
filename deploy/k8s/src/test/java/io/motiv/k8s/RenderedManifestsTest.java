package io.motiv.k8s;

import static io.motiv.k8s.Manifests.containers;
import static io.motiv.k8s.Manifests.id;
import static io.motiv.k8s.Manifests.name;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.motiv.events.Topics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Renders every overlay with `kubectl kustomize` and checks what a cluster would get. Needs kubectl on PATH
 * (fails without it when CI=true, skips otherwise).
 */
class RenderedManifestsTest {

    static final Path EXTERNAL_SECRETS = Kustomize.K8S.resolve("external-secrets.txt");
    static final List<String> SERVICES = List.of("profile-service", "survey-service", "segmentation-service",
            "valuation-service");

    static Stream<String> overlays() throws IOException {
        try (Stream<Path> dirs = Files.list(Kustomize.K8S.resolve("overlays"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRenderEveryServiceAndTheGateway(String overlay) {
        Set<String> deployments = Kustomize.overlay(overlay).names("Deployment");
        assertThat(deployments).containsAll(SERVICES).contains("gateway");
        assertThat(Kustomize.overlay(overlay).ofKind("Ingress")).extracting(Manifests::name).containsExactly("gateway");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldGiveEveryContainerStartupLivenessAndReadinessProbes(String overlay) {
        assertThat(ManifestChecks.probes(Kustomize.overlay(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldBoundCpuAndMemoryOfEveryContainer(String overlay) {
        assertThat(ManifestChecks.resources(Kustomize.overlay(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRunEveryContainerNonRootReadOnlyWithoutCapabilities(String overlay) {
        assertThat(ManifestChecks.securityContext(Kustomize.overlay(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldGiveEveryWorkloadAServiceAccountWithoutToken(String overlay) {
        assertThat(ManifestChecks.serviceAccounts(Kustomize.overlay(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldCoverEveryWorkloadWithDisruptionBudgetAndAutoscaler(String overlay) {
        assertThat(ManifestChecks.disruptionAndScaling(Kustomize.overlay(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldDenyByDefaultAndSelectEveryWorkloadWithANetworkPolicy(String overlay) {
        assertThat(ManifestChecks.networkPolicies(Kustomize.overlay(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldRouteEveryServiceToRenderedPodsAndDeclaredPorts(String overlay) {
        assertThat(ManifestChecks.services(Kustomize.overlay(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldReferenceOnlyRenderedConfigMapsAndKnownSecrets(String overlay) throws IOException {
        assertThat(ManifestChecks.references(Kustomize.overlay(overlay), externalSecrets())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldPinEveryImageToAVersion(String overlay) {
        assertThat(ManifestChecks.images(Kustomize.overlay(overlay))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void shouldKeepEveryTopicWritableAfterOneBrokerLoss(String overlay) throws Exception {
        assertThat(ManifestChecks.topics(Kustomize.overlay(overlay), topicsTheCodeUses())).isEmpty();
    }

    @Test
    void shouldRunProductionWithThreeReplicasPersistedDocumentsOnlyAndTheProdProfile() {
        Manifests prod = Kustomize.overlay("prod");
        for (JsonNode workload : prod.workloads()) {
            assertThat(workload.path("spec").path("replicas").asInt()).as(id(workload) + " replicas").isGreaterThanOrEqualTo(3);
        }
        for (JsonNode hpa : prod.ofKind("HorizontalPodAutoscaler")) {
            assertThat(hpa.path("spec").path("minReplicas").asInt()).as(id(hpa) + " minReplicas").isGreaterThanOrEqualTo(3);
        }
        for (String service : SERVICES) {
            Map<String, String> env = prod.environment(containers(prod.find("Deployment", service).orElseThrow()).get(0));
            assertThat(env).as(service).containsEntry("QUARKUS_PROFILE", "prod");
        }
        Map<String, String> gateway = prod.environment(containers(prod.find("Deployment", "gateway").orElseThrow()).get(0));
        assertThat(gateway).containsEntry("MOTIV_GATEWAY_PERSISTED_ONLY", "true")
                .containsEntry("MOTIV_GATEWAY_INTROSPECTION", "false")
                .containsEntry("MOTIV_GATEWAY_GRAPHIQL", "false");
    }

    @Test
    void shouldListEachExternalSecretOnce() throws IOException {
        List<String> names = Files.readAllLines(EXTERNAL_SECRETS).stream().map(RenderedManifestsTest::secretName)
                .filter(n -> !n.isEmpty()).toList();
        assertThat(names).doesNotHaveDuplicates().isNotEmpty();
    }

    // --- self-checks: the helpers above must reject what they are meant to reject -------------------------------

    static final String BAD_DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: careless
            spec:
              replicas: 1
              selector:
                matchLabels: {app.kubernetes.io/name: careless}
              template:
                metadata:
                  labels: {app.kubernetes.io/name: careless, app.kubernetes.io/component: service}
                spec:
                  containers:
                    - name: careless
                      image: ghcr.io/motiv/careless:latest
                      ports: [{name: http, containerPort: 8080}]
                      envFrom: [{configMapRef: {name: nowhere}}]
                      env:
                        - name: PASSWORD
                          valueFrom: {secretKeyRef: {name: committed-nowhere, key: password}}
                      livenessProbe: {httpGet: {path: /q/health/live, port: http}}
                      resources: {requests: {cpu: 100m}}
                      securityContext: {capabilities: {add: [NET_ADMIN]}}
            ---
            apiVersion: v1
            kind: Service
            metadata:
              name: careless
            spec:
              selector: {app.kubernetes.io/name: elsewhere}
              ports: [{port: 80, targetPort: 9999}]
            ---
            apiVersion: kafka.strimzi.io/v1beta2
            kind: KafkaTopic
            metadata:
              name: fragile
            spec:
              partitions: 3
              replicas: 2
              config: {min.insync.replicas: 2}
            """;

    @Test
    void shouldRejectADeploymentWithoutProbesLimitsOrLockdown() {
        Manifests bad = Kustomize.parse(BAD_DEPLOYMENT);
        assertThat(ManifestChecks.probes(bad)).anyMatch(p -> p.contains("no startupProbe"))
                .anyMatch(p -> p.contains("no readinessProbe"));
        assertThat(ManifestChecks.resources(bad)).anyMatch(p -> p.contains("limits.memory"))
                .anyMatch(p -> p.contains("requests.memory"));
        assertThat(ManifestChecks.securityContext(bad)).anyMatch(p -> p.contains("runAsNonRoot"))
                .anyMatch(p -> p.contains("writable root"))
                .anyMatch(p -> p.contains("privilege escalation"))
                .anyMatch(p -> p.contains("capabilities"))
                .anyMatch(p -> p.contains("seccompProfile"))
                .anyMatch(p -> p.contains("/tmp"));
        assertThat(ManifestChecks.serviceAccounts(bad)).anyMatch(p -> p.contains("default ServiceAccount"));
        assertThat(ManifestChecks.disruptionAndScaling(bad)).anyMatch(p -> p.contains("PodDisruptionBudget"))
                .anyMatch(p -> p.contains("HorizontalPodAutoscaler"));
        assertThat(ManifestChecks.networkPolicies(bad)).anyMatch(p -> p.contains("default-deny"))
                .anyMatch(p -> p.contains("Deployment/careless"));
        assertThat(ManifestChecks.images(bad)).anyMatch(p -> p.contains(":latest"));
    }

    @Test
    void shouldRejectDanglingReferencesServicesAndFragileTopics() {
        Manifests bad = Kustomize.parse(BAD_DEPLOYMENT);
        assertThat(ManifestChecks.references(bad, Set.of())).anyMatch(p -> p.contains("ConfigMap nowhere"))
                .anyMatch(p -> p.contains("Secret committed-nowhere"));
        assertThat(ManifestChecks.services(bad)).anyMatch(p -> p.contains("Service/careless selects no rendered pod"));
        assertThat(ManifestChecks.topics(bad, Set.of("fragile", "missing")))
                .anyMatch(p -> p.contains("fragile has 2 replicas"))
                .anyMatch(p -> p.contains("fragile has min.insync.replicas 2"))
                .anyMatch(p -> p.contains("missing is used by the code"));
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    static Set<String> externalSecrets() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(EXTERNAL_SECRETS)) {
            String name = secretName(line);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String secretName(String line) {
        String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
        return content.isBlank() ? "" : content.trim().split("\\s+")[0];
    }

    /** platform/events' topic constants, and every dead-letter topic the services configure. */
    static Set<String> topicsTheCodeUses() throws IOException, IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        for (String service : SERVICES) {
            Path properties = Kustomize.REPO.resolve(service).resolve("src/main/resources/application.properties");
            for (String line : Files.readAllLines(properties)) {
                if (line.matches("^[^#]*\\.dead-letter-queue\\.topic=.*")) {
                    topics.add(line.substring(line.indexOf('=') + 1).trim());
                }
            }
        }
        return topics;
    }
}
