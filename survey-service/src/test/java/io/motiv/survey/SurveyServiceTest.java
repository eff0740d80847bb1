package io.motiv.survey;

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
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KafkaResource.class)
class SurveyServiceTest {

    @Test
    void shouldRejectGraphQlCallsWithoutAValidToken() {
        ServiceConformance.assertGraphQlRejectsMissingOrInvalidTokens();
    }

    @Test
    void shouldServeAFederationV2SubgraphOwningSurvey() {
        ServiceConformance.assertFederationV2Sdl("Survey");
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
                "mutation { createSurvey(title: \"t\", instrumentId: \"00000000-0000-4000-8000-000000000021\") { id } }", Map.of(), "createSurvey");
    }

    @Test
    void shouldNotLeakInternalsInUnexpectedErrors() {
        ServiceConformance.assertUnexpectedFailuresLeakNothing("Survey");
    }
}
