package io.motiv.survey.response;

import io.motiv.events.profile.ConsentStatus;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.Sql;
import io.motiv.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.motiv.survey.support.SurveyFixtures.PVQ_21;
import static io.motiv.survey.support.SurveyFixtures.customer;
import static io.motiv.survey.support.SurveyFixtures.partner;
import static io.motiv.survey.support.SurveyFixtures.publishedSurvey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "survey"))
@QuarkusTestResource(KafkaResource.class)
class ResponseImportTest {

    private static final String ITEMS = IntStream.rangeClosed(1, 21).mapToObj(String::valueOf).collect(Collectors.joining(","));
    private static final String GOOD = "6,2,5,3,4,5,3,6,2,4,5,6,3,4,4,2,1,5,6,1,3";

    @Inject
    DataSource dataSource;

    @Test
    void shouldStoreValidRowsAndReportEachInvalidOneWithItsLineAndField() {
        String survey = publishedSurvey(PVQ_21);
        String ref = "crm-" + UUID.randomUUID();
        String byRef = customer("crm", ref, ConsentStatus.GRANTED);
        String byId = customer("crm", "crm-" + UUID.randomUUID(), ConsentStatus.GRANTED);
        awaitConsent(byRef);
        awaitConsent(byId);
        String batch = UUID.randomUUID().toString();
        String csv = "client_response_id,customer_id,customer_source,customer_ref,completed_at," + ITEMS + "\n"
                + batch + "-1," + byId + ",,,2026-11-20T10:00:00Z," + GOOD + "\n"
                + batch + "-2,,crm," + ref + ",," + GOOD + "\n"
                + batch + "-3," + byId + ",,,," + GOOD.replaceFirst("^6", "7") + "\n"
                + batch + "-4," + byId + ",,,," + GOOD.replaceFirst("^6", "six") + "\n"
                + batch + "-5," + byId + ",,,yesterday," + GOOD + "\n"
                + batch + "-6," + UUID.randomUUID() + ",,,," + GOOD + "\n";

        upload(partner(), survey, csv).statusCode(200)
                .body("rows", equalTo(6))
                .body("stored", equalTo(2))
                .body("duplicates", equalTo(0))
                .body("rejected", equalTo(4))
                .body("errors", hasSize(4))
                .body("errors[0].line", equalTo(4))
                .body("errors[0].field", equalTo("answers"))
                .body("errors[0].message", equalTo("answers: rating 7 of item '1' is outside the scale 1..6"))
                .body("errors[1].line", equalTo(5))
                .body("errors[1].field", equalTo("1"))
                .body("errors[2].field", equalTo("completed_at"))
                .body("errors[3].field", equalTo("row"));

        upload(partner(), survey, csv).statusCode(200)
                .body("stored", equalTo(0))
                .body("duplicates", equalTo(2))
                .body("rejected", equalTo(4));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM survey_response WHERE client_response_id LIKE ?", batch + "%")).isEqualTo(2);
    }

    @Test
    void shouldRejectAFileWithoutTheRequiredColumns() {
        String survey = publishedSurvey(PVQ_21);

        upload(partner(), survey, "customer_id," + ITEMS + "\n").statusCode(400)
                .body("code", equalTo("VALIDATION"))
                .body("message", equalTo("header: needs a client_response_id column"));
        upload(partner(), survey, "").statusCode(400)
                .body("message", equalTo("csv: is empty: a header row is needed"));
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownSurveyAndProtectTheEndpoint() {
        upload(partner(), UUID.randomUUID().toString(), "client_response_id,customer_id,1\n").statusCode(404)
                .body("code", equalTo("NOT_FOUND"));
        upload(null, UUID.randomUUID().toString(), "x").statusCode(401);
        upload(TestTokens.forRoles("viewer-user", "viewer"), UUID.randomUUID().toString(), "x").statusCode(403);
    }

    private static ValidatableResponse upload(String token, String survey, String csv) {
        var request = given().contentType("text/csv").body(csv);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/surveys/" + survey + "/responses").then();
    }

    private void awaitConsent(String customerId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Sql.count(dataSource,
                "SELECT count(*) FROM known_customer WHERE values_survey_consent = 'GRANTED' AND customer_id::text = ?",
                customerId)).isEqualTo(1));
    }

}
