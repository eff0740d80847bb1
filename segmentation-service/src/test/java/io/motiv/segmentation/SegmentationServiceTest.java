package io.motiv.segmentation;

import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.ServiceConformance;
import io.motiv.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

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

    @Test
    void shouldEnforceTheGraphQlLimits() {
        ServiceConformance.assertGraphQlLimits();
    }

    @Test
    void shouldAnswerADeniedOperationWithForbidden() {
        ServiceConformance.assertDeniedOperationAnswersForbidden(TestTokens.forPartner("partner-demo"),
                "query ($id: ID!) { segmentation(id: $id) { id } }", Map.of("id", UUID.randomUUID().toString()), "segmentation");
    }

    @Test
    void shouldNotLeakInternalsInUnexpectedErrors() {
        ServiceConformance.assertUnexpectedFailuresLeakNothing("Segmentation");
    }
}
