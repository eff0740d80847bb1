package io.motiv.survey.instrument;

import io.motiv.events.survey.SchwartzValue;
import io.motiv.survey.scoring.BuiltInKeys;
import io.motiv.survey.scoring.ScoredItem;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.motiv.survey.support.SurveyFixtures.DEMO_20;
import static io.motiv.survey.support.SurveyFixtures.PVQ_21;
import static io.motiv.survey.support.SurveyFixtures.PVQ_40;
import static io.motiv.survey.support.SurveyFixtures.analyst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KafkaResource.class)
class InstrumentGraphQlApiTest {

    private static final String BY_ID = """
            query($id: ID!) { instrument(id: $id) { code version reference builtIn frozen dimensions
              scale { min max minMeansVeryMuchLikeMe labels { locale labels } }
              items { code position dimension reverseCoded texts { locale text } } } }""";
    private static final String DEFINE = """
            mutation($input: DefineInstrumentInput!) { defineInstrument(input: $input) { id code version reference dimensions } }""";

    @Test
    void shouldShipTheDemoInstrumentWithOurOwnTexts() {
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), BY_ID, Map.of("id", DEMO_20))
                .body("errors", nullValue())
                .body("data.instrument.reference", equalTo("demo-20@1"))
                .body("data.instrument.items", hasSize(20))
                .body("data.instrument.items.findAll { it.dimension == 'TRADITION' }", hasSize(2))
                .body("data.instrument.items[0].texts[0].locale", equalTo("en"))
                .body("data.instrument.scale.labels[0].labels[5]", equalTo("Very much like me"));
    }

    @Test
    void shouldShipThePublishedPvqKeysWithoutTheirTexts() {
        assertKeyMatches(PVQ_21, BuiltInKeys.items(BuiltInKeys.PVQ_21));
        assertKeyMatches(PVQ_40, BuiltInKeys.items(BuiltInKeys.PVQ_40));
    }

    @Test
    void shouldDefineNewVersionsOfAnInstrumentWithCustomDimensions() {
        String code = "custom-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> input = instrument(code, "harmony_with_nature");

        GraphQl.post(admin(), DEFINE, Map.of("input", input))
                .body("errors", nullValue())
                .body("data.defineInstrument.reference", equalTo(code + "@1"))
                .body("data.defineInstrument.dimensions", equalTo(List.of("POWER", "harmony_with_nature")));
        GraphQl.post(admin(), DEFINE, Map.of("input", input))
                .body("data.defineInstrument.version", equalTo(2));
    }

    @Test
    void shouldRejectInvalidInstrumentsNamingTheField() {
        Map<String, Object> badDimension = instrument("bad-dimension", "Not A Value");
        Map<String, Object> duplicateItem = instrument("duplicate-item", "POWER");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = new ArrayList<>((List<Map<String, Object>>) duplicateItem.get("items"));
        items.add(Map.of("code", "p1", "dimension", "POWER"));
        duplicateItem.put("items", items);
        Map<String, Object> badScale = instrument("bad-scale", "POWER");
        badScale.put("scaleMax", 1);

        error(GraphQl.post(admin(), DEFINE, Map.of("input", badDimension)), "items.dimension: 'Not A Value' of item 'c1' is neither a Schwartz value (e.g. SELF_DIRECTION) nor a custom dimension code (lower case)");
        error(GraphQl.post(admin(), DEFINE, Map.of("input", duplicateItem)), "items.code: item 'p1' is defined twice");
        error(GraphQl.post(admin(), DEFINE, Map.of("input", badScale)), "scale: max must be greater than min");
    }

    @Test
    void shouldLetOnlyAdminsDefineInstruments() {
        GraphQl.post(analyst(), DEFINE, Map.of("input", instrument("by-analyst", "POWER")))
                .body("data.defineInstrument", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldLoadTextsUntilAPublishedSurveyFreezesTheInstrument() {
        String code = "texts-" + UUID.randomUUID().toString().substring(0, 8);
        String id = GraphQl.post(admin(), DEFINE, Map.of("input", instrument(code, "POWER")))
                .extract().path("data.defineInstrument.id");
        String setTexts = """
                mutation($id: ID!, $texts: [ItemTextInput!]!) {
                  setInstrumentItemTexts(instrumentId: $id, locale: "de", texts: $texts) { frozen items { code texts { locale text } } } }""";
        List<Map<String, String>> texts = List.of(Map.of("item", "p1", "text", "Macht ist mir wichtig."));

        GraphQl.post(admin(), setTexts, Map.of("id", id, "texts", texts))
                .body("errors", nullValue())
                .body("data.setInstrumentItemTexts.items.find { it.code == 'p1' }.texts.find { it.locale == 'de' }.text",
                        equalTo("Macht ist mir wichtig."));

        String survey = io.motiv.survey.support.SurveyFixtures.publishedSurvey(id);
        assertThat(survey).isNotNull();
        GraphQl.post(admin(), setTexts, Map.of("id", id, "texts", texts))
                .body("data.setInstrumentItemTexts", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQl.post(admin(), setTexts, Map.of("id", id, "texts", List.of(Map.of("item", "zz", "text", "x"))))
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
    }

    @Test
    void shouldRunTheSurveyLifecycle() {
        String survey = io.motiv.survey.support.SurveyFixtures.draftSurvey(PVQ_21);
        String publish = "mutation($id: ID!) { publishSurvey(id: $id) { status publishedAt } }";
        String close = "mutation($id: ID!) { closeSurvey(id: $id) { status closedAt } }";

        GraphQl.post(analyst(), close, Map.of("id", survey)).body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQl.post(analyst(), publish, Map.of("id", survey)).body("data.publishSurvey.status", equalTo("PUBLISHED"));
        GraphQl.post(analyst(), publish, Map.of("id", survey))
                .body("errors[0].message", equalTo("survey " + survey + " is PUBLISHED; only a DRAFT survey can be published"));
        GraphQl.post(analyst(), close, Map.of("id", survey)).body("data.closeSurvey.status", equalTo("CLOSED"));
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), "query($id: ID!) { survey(id: $id) { status instrumentId } }", Map.of("id", survey))
                .body("data.survey.status", equalTo("CLOSED"))
                .body("data.survey.instrumentId", equalTo(PVQ_21));
        String unknown = UUID.randomUUID().toString();
        GraphQl.post(analyst(), "mutation($i: ID!) { createSurvey(title: \"x\", instrumentId: $i) { id } }", Map.of("i", unknown))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", equalTo("instrument " + unknown + " does not exist"));
    }

    private static void assertKeyMatches(String instrumentId, List<ScoredItem> expected) {
        ValidatableResponse response = GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), BY_ID, Map.of("id", instrumentId))
                .body("errors", nullValue());
        List<Map<String, Object>> items = response.extract().path("data.instrument.items");
        assertThat(items).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(items.get(i).get("code")).isEqualTo(expected.get(i).code());
            assertThat(items.get(i).get("dimension")).isEqualTo(expected.get(i).dimension());
            assertThat((List<?>) items.get(i).get("texts")).as("PVQ texts are the authors'; not shipped").isEmpty();
        }
        assertThat((List<String>) response.extract().path("data.instrument.dimensions"))
                .containsExactlyInAnyOrder(java.util.Arrays.stream(SchwartzValue.values()).map(Enum::name).toArray(String[]::new));
    }

    private static Map<String, Object> instrument(String code, String secondDimension) {
        Map<String, Object> input = new HashMap<>();
        input.put("code", code);
        input.put("name", "Test instrument");
        input.put("scaleMin", 1);
        input.put("scaleMax", 5);
        input.put("items", List.of(Map.of("code", "p1", "dimension", "POWER"), Map.of("code", "p2", "dimension", "POWER", "reverseCoded", true),
                Map.of("code", "c1", "dimension", secondDimension)));
        return input;
    }

    private static void error(ValidatableResponse response, String message) {
        response.body("data.defineInstrument", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo(message));
    }

    private static String admin() {
        return TestTokens.forRoles("admin-user", "admin");
    }
}
