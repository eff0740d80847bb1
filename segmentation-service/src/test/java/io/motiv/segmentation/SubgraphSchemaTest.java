package io.motiv.segmentation;

import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.SubgraphSchema;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

/**
 * The gateway's supergraph is composed offline from deploy/gateway/subgraphs/segmentation.graphql: this keeps that file equal
 * to the SDL this service serves. Regenerate with deploy/gateway/regenerate (or -Dmotiv.sdl.write=true).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "segmentation"))
@QuarkusTestResource(KafkaResource.class)
class SubgraphSchemaTest {

    @Test
    void shouldMatchTheCommittedSubgraphSdl() {
        SubgraphSchema.assertCommitted("segmentation");
    }
}
