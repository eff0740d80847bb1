package io.motiv.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed KeycloakRealmImport is what RealmImportGenerator makes of deploy/keycloak/realm-motiv.json now.
 * {@code -Dmotiv.realm-import.write=true} (deploy/k8s/generate-realm-import) rewrites it instead of failing.
 */
class RealmImportTest {

    private static final Path REALM = Kustomize.REPO.resolve(RealmImportGenerator.REALM);
    private static final Path COMMITTED = Kustomize.REPO.resolve(RealmImportGenerator.OUTPUT);

    @Test
    void shouldBeWhatTheGeneratorProducesNow() throws IOException {
        String generated = RealmImportGenerator.generate(Files.readString(REALM));
        if (Boolean.getBoolean("motiv.realm-import.write")) {
            if (!Files.exists(COMMITTED) || !Files.readString(COMMITTED).equals(generated)) {
                Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
                System.out.println("[realm-import] wrote " + RealmImportGenerator.OUTPUT);
            }
            return;
        }
        assertThat(Files.exists(COMMITTED) ? Files.readString(COMMITTED) : "")
                .as(RealmImportGenerator.OUTPUT + " is stale: run deploy/k8s/generate-realm-import and commit the result")
                .isEqualTo(generated);
    }

    @Test
    void shouldLeaveOutDemoUsersTestClientsAndPasswordGrant() {
        JsonNode realm = realm();
        assertThat(realm.path("users").findValuesAsText("username")).containsExactly("service-account-partner-demo");
        assertThat(realm.path("clients").findValuesAsText("clientId")).containsExactly("frontend", "partner-demo");
        realm.path("clients").forEach(c -> assertThat(c.path("directAccessGrantsEnabled").asBoolean()).isFalse());
        assertThat(realm.toString()).doesNotContain("localhost", "127.0.0.1", "partner-demo-secret", "viewer-demo");
    }

    @Test
    void shouldKeepRolesAndAudienceMappers() {
        JsonNode realm = realm();
        assertThat(realm.path("roles").path("realm").findValuesAsText("name"))
                .contains("viewer", "analyst", "steward", "admin", "partner");
        assertThat(realm.path("clients").findValuesAsText("included.custom.audience")).containsOnly("motiv-api").hasSize(2);
    }

    @Test
    void shouldBindEveryPlaceholderToTheRealmSecret() {
        JsonNode spec = Kustomize.parse(generated()).objects().get(0).path("spec");
        assertThat(spec.path("realm").path("clients").findValuesAsText("secret")).containsExactly("${PARTNER_DEMO_CLIENT_SECRET}");
        assertThat(spec.path("placeholders").properties()).extracting(e -> e.getKey())
                .containsExactlyInAnyOrder("PARTNER_DEMO_CLIENT_SECRET", "MOTIV_FRONTEND_URL");
        spec.path("placeholders").forEach(p ->
                assertThat(p.path("secret").path("name").asText()).isEqualTo(RealmImportGenerator.SECRET));
    }

    private static String generated() {
        try {
            return RealmImportGenerator.generate(Files.readString(REALM));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode realm() {
        return Kustomize.parse(generated()).objects().get(0).path("spec").path("realm");
    }
}
