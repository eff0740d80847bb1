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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "segmentation"))
@QuarkusTestResource(KafkaResource.class)
class SegmentationGraphQlApiTest {

    private static final String ANALYST = TestTokens.forRoles("analyst-user", "analyst");
    private static final String VIEWER = TestTokens.forRoles("viewer-user", "viewer");
    private static final String BY_ID = "query ById($id: ID!) { segmentation(id: $id) { id name features { name weight } minSegmentShare activeRun { id } segments { id } runs { totalCount } } }";
    private static final String DEFINE = "mutation($input: DefineSegmentationInput!) { defineSegmentation(input: $input) { id name features { name weight } minSegmentShare excludeFlaggedResponses } }";

    @Test
    void shouldDefineASegmentationFromAPresetAndReadItBack() {
        String name = "Values and behaviour " + UUID.randomUUID();
        String id = GraphQl.post(ANALYST, DEFINE, Map.of("input", Map.of("name", name, "featureSet", "VALUES_AND_BEHAVIOUR")))
                .body("errors", nullValue())
                .body("data.defineSegmentation.features", hasSize(14))
                .body("data.defineSegmentation.features.name", hasItem("behaviour.recencyDays"))
                .body("data.defineSegmentation.minSegmentShare", equalTo(0.03f))
                .body("data.defineSegmentation.excludeFlaggedResponses", equalTo(true))
                .extract().path("data.defineSegmentation.id");

        GraphQl.post(VIEWER, BY_ID, Map.of("id", id))
                .body("errors", nullValue())
                .body("data.segmentation.name", equalTo(name))
                .body("data.segmentation.activeRun", nullValue())
                .body("data.segmentation.segments", hasSize(0))
                .body("data.segmentation.runs.totalCount", equalTo(0));
        GraphQl.post(ANALYST, DEFINE, Map.of("input", Map.of("name", name.toUpperCase(), "featureSet", "VALUES")))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
    }

    @Test
    void shouldDefineASegmentationOnNamedWeightedFeatures() {
        GraphQl.post(ANALYST, DEFINE, Map.of("input", input(List.of(
                        Map.of("name", "value.POWER", "weight", 2.0),
                        Map.of("name", "higherOrder.CONSERVATION", "weight", 1.0),
                        Map.of("name", "demographic.gender=FEMALE", "weight", 0.5),
                        Map.of("name", "demographic.ageBand", "weight", 1.0)))))
                .body("errors", nullValue())
                .body("data.defineSegmentation.features.weight", equalTo(List.of(2.0f, 1.0f, 0.5f, 1.0f)));
    }

    @Test
    void shouldRefuseUnknownDuplicateOrBadlyWeightedFeatures() {
        assertRefused(input(List.of(Map.of("name", "value.power", "weight", 1.0))), "features[0].name", "unknown feature");
        assertRefused(input(List.of(Map.of("name", "behaviour.frequency", "weight", 1.0),
                Map.of("name", "behaviour.frequency", "weight", 2.0))), "features[1].name", "listed twice");
        assertRefused(input(List.of(Map.of("name", "behaviour.frequency", "weight", 0.0))), "features[0].weight", "greater than 0");
        assertRefused(input(List.of(Map.of("name", "behaviour.frequency", "weight", 101.0))), "features[0].weight", "at most 100");
        assertRefused(Map.of("name", "neither"), "features", "either featureSet or features");
        Map<String, Object> both = new LinkedHashMap<>(input(List.of(Map.of("name", "behaviour.frequency", "weight", 1.0))));
        both.put("featureSet", "VALUES");
        assertRefused(both, "features", "either featureSet or features");
        Map<String, Object> share = new LinkedHashMap<>(input(List.of(Map.of("name", "behaviour.frequency", "weight", 1.0))));
        share.put("minSegmentShare", 0.9);
        assertRefused(share, "minSegmentShare", "below 0.5");
        assertRefused(Map.of("name", " ", "featureSet", "VALUES"), "name", "1-200 characters");
    }

    @Test
    void shouldListTheFeatureNames() {
        GraphQl.post(VIEWER, "{ segmentationFeatures }")
                .body("errors", nullValue())
                .body("data.segmentationFeatures", hasItem("value.SELF_DIRECTION"))
                .body("data.segmentationFeatures", hasItem("behaviour.monetary"))
                .body("data.segmentationFeatures", hasItem("demographic.householdSize"));
    }

    @Test
    void shouldAnswerNullForAnUnknownSegmentation() {
        GraphQl.post(VIEWER, BY_ID, Map.of("id", UUID.randomUUID().toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.segmentation", nullValue());
    }

    @Test
    void shouldRejectAMalformedIdWithAValidationError() {
        GraphQl.post(VIEWER, BY_ID, Map.of("id", "not-a-uuid"))
                .statusCode(200)
                .body("data.segmentation", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("id: not a valid id (expected a UUID)"));
    }

    @Test
    void shouldNotLetAPartnerReadNorAViewerDefineSegmentations() {
        GraphQl.post(TestTokens.forPartner("partner-demo"), BY_ID, Map.of("id", UUID.randomUUID().toString()))
                .statusCode(200)
                .body("data.segmentation", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQl.post(VIEWER, DEFINE, Map.of("input", Map.of("name", "viewer's", "featureSet", "VALUES")))
                .body("data.defineSegmentation", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private static Map<String, Object> input(List<Map<String, Object>> features) {
        return Map.of("name", "named " + UUID.randomUUID(), "features", features);
    }

    private static void assertRefused(Map<String, Object> input, String field, String message) {
        GraphQl.post(ANALYST, DEFINE, Map.of("input", input))
                .body("data.defineSegmentation", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", containsString(field + ": "))
                .body("errors[0].message", containsString(message));
    }
}
