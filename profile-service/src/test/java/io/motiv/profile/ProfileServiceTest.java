package io.motiv.profile;

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

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "profile"))
@QuarkusTestResource(KafkaResource.class)
class ProfileServiceTest {

    @Test
    void shouldRejectGraphQlCallsWithoutAValidToken() {
        ServiceConformance.assertGraphQlRejectsMissingOrInvalidTokens();
    }

    @Test
    void shouldServeAFederationV2SubgraphOwningCustomer() {
        ServiceConformance.assertFederationV2Sdl("Customer");
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
        ServiceConformance.assertDeniedOperationAnswersForbidden(TestTokens.forRoles("viewer-user", "viewer"),
                "mutation { recomputeRfm { ran } }", Map.of(), "recomputeRfm");
    }

    @Test
    void shouldNotLeakInternalsInUnexpectedErrors() {
        ServiceConformance.assertUnexpectedFailuresLeakNothing("Customer");
    }
}
