package io.motiv.profile;

import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.ServiceConformance;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

/**
 * The production setting of platform/service ({@code %prod.quarkus.smallrye-graphql.field-visibility}) in a test:
 * introspection is refused, the federation SDL export still answers. The setting is shared, so one service checks it.
 */
@QuarkusTest
@TestProfile(IntrospectionOffTest.ProductionIntrospection.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "profile"))
@QuarkusTestResource(KafkaResource.class)
class IntrospectionOffTest {

    public static class ProductionIntrospection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.smallrye-graphql.field-visibility", "no-introspection");
        }
    }

    @Test
    void shouldRefuseIntrospectionButServeTheSubgraphSdl() {
        ServiceConformance.assertIntrospectionOffKeepsFederation();
    }
}
