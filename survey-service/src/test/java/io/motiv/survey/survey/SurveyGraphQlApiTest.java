package io.motiv.survey.survey;

import io.motiv.survey.support.SurveyFixtures;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KafkaResource.class)
class SurveyGraphQlApiTest {

    private static final String BY_ID = "query ById($id: ID!) { survey(id: $id) { id createdAt } }";

    @Test
    void shouldAnswerNullForAnUnknownSurvey() {
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), BY_ID, Map.of("id", UUID.randomUUID().toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.survey", nullValue());
    }

    @Test
    void shouldAnswerSeveralRootFieldsOfOneRequest() {
        String id = SurveyFixtures.publishedSurvey(SurveyFixtures.PVQ_21);
        Map<String, Object> survey = Map.of("__typename", "Survey", "id", id);

        // The gateway sends all of a document's survey-service root fields in one request; they resolve concurrently.
        for (int attempt = 0; attempt < 5; attempt++) {
            GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), """
                            query($id: ID!, $instrumentId: ID!, $r: [_Any!]!) {
                              survey(id: $id) { id }
                              instrument(id: $instrumentId) { id }
                              instruments { id }
                              surveyStatistics(surveyId: $id) { respondents }
                              _entities(representations: $r) { ... on Survey { id } }
                            }""", Map.of("id", id, "instrumentId", SurveyFixtures.PVQ_21, "r", List.of(survey, survey)))
                    .statusCode(200)
                    .body("errors", nullValue())
                    .body("data.survey.id", equalTo(id))
                    .body("data.instrument.id", equalTo(SurveyFixtures.PVQ_21))
                    .body("data.surveyStatistics.respondents", equalTo(0))
                    .body("data._entities.id", equalTo(List.of(id, id)));
        }
    }

    @Test
    void shouldRejectAMalformedIdWithAValidationError() {
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), BY_ID, Map.of("id", "not-a-uuid"))
                .statusCode(200)
                .body("data.survey", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo("id: not a valid id (expected a UUID)"));
    }

    @Test
    void shouldLetAPartnerReadTheSurveysItSubmitsResponsesTo() {
        GraphQl.post(TestTokens.forPartner("partner-demo"), BY_ID, Map.of("id", UUID.randomUUID().toString()))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.survey", nullValue());
    }

    @Test
    void shouldListSurveysNewestFirstAcrossPages() {
        String older = SurveyFixtures.publishedSurvey(SurveyFixtures.PVQ_21);
        String newer = SurveyFixtures.publishedSurvey(SurveyFixtures.PVQ_21);
        String page = "query($first: Int, $after: String) { surveys(first: $first, after: $after) { totalCount edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }";

        var first = GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), page, Map.of("first", 1))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.surveys.edges.node.id", equalTo(List.of(newer)))
                .body("data.surveys.edges[0].node.status", equalTo("PUBLISHED"))
                .body("data.surveys.pageInfo.hasNextPage", equalTo(true))
                .extract().jsonPath();
        int total = first.getInt("data.surveys.totalCount");
        assertThat(total).isGreaterThanOrEqualTo(2);

        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), page, Map.of("first", 1, "after", first.getString("data.surveys.pageInfo.endCursor")))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.surveys.edges.node.id", equalTo(List.of(older)));
    }

    @Test
    void shouldRefuseAPageSizeOutOfRangeAndAPartner() {
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), "{ surveys(first: 0) { totalCount } }")
                .statusCode(200)
                .body("data.surveys", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"), "{ surveys(first: 10, after: \"not-a-cursor\") { totalCount } }")
                .statusCode(200)
                .body("data.surveys", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
        GraphQl.post(TestTokens.forPartner("partner-demo"), "{ surveys { totalCount } }")
                .statusCode(200)
                .body("data.surveys", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    @Test
    void shouldNotLetAViewerCreateSurveys() {
        GraphQl.post(TestTokens.forRoles("viewer-user", "viewer"),
                        "mutation { createSurvey(title: \"t\", instrumentId: \"00000000-0000-4000-8000-000000000021\") { id } }")
                .statusCode(200)
                .body("data.createSurvey", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }
}
