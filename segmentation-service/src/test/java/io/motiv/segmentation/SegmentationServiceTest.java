package io.motiv.segmentation;

import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.ServiceConformance;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "segmentation"))
@QuarkusTestResource(KafkaResource.class)
class SegmentationServiceTest {

    @Test
    void shouldRejectGraphQlCallsWithoutAValidToken() {
        ServiceConformance.assertGraphQlRejectsMissingOrInvalidTokens();
    }

    @Test
    void shouldServeAFederationV2SubgraphOwningSegmentation() {
        ServiceConformance.assertFederationV2Sdl("Segmentation");
    }

    @Test
    void shouldReportHealthAndMetrics() {
        ServiceConformance.assertHealthy();
        ServiceConformance.assertPrometheusMetrics();
    }
}
