package io.motiv.segmentation.segmentation;

import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "segmentation"))
@QuarkusTestResource(KafkaResource.class)
class SegmentationGraphQlApiTest {

    private static final String BY_ID = "query ById($id: ID!) { segmentation(id: $id) { id createdAt } }";

    @Test
    void shouldAnswerNullForAnUnknownSegmentation() {
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), BY_ID, Map.of("id", UUID.randomUUID().toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.segmentation", nullValue());
    }

    @Test
    void shouldRejectAMalformedIdWithAValidationError() {
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), BY_ID, Map.of("id", "not-a-uuid"))
                .statusCode(200)
                .body("data.segmentation", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("id: not a valid id (expected a UUID)"));
    }

    @Test
    void shouldNotLetAPartnerReadSegmentations() {
        GraphQl.post(TestTokens.forPartner("partner-demo"), BY_ID, Map.of("id", UUID.randomUUID().toString()))
                .statusCode(200)
                .body("data.segmentation", nullValue())
                .body("errors[0].extensions.code", equalTo("forbidden"));
    }
}
