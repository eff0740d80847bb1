package io.motiv.valuation;

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
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "valuation"))
@QuarkusTestResource(KafkaResource.class)
class ValuationServiceTest {

    @Test
    void shouldRejectGraphQlCallsWithoutAValidToken() {
        ServiceConformance.assertGraphQlRejectsMissingOrInvalidTokens();
    }

    @Test
    void shouldServeAFederationV2SubgraphOwningClvModel() {
        ServiceConformance.assertFederationV2Sdl("ClvModel");
    }

    @Test
    void shouldReportHealthAndMetrics() {
        ServiceConformance.assertHealthy();
        ServiceConformance.assertPrometheusMetrics();
    }
}
