package io.motiv.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.motiv.e2e.Gateway.Answer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authentication and abuse at the gateway (and, for tokens, at every service behind it), with real Keycloak tokens. */
@ExtendWith(MotivSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayGuardTest {
    static final String SIMPLE = "{ customers(first: 1) { totalCount } }";

    MotivSuite.Running suite;
    Gateway gateway;
    Tokens tokens;

    @BeforeAll
    void connect(MotivSuite.Running suite) {
        this.suite = suite;
        this.gateway = suite.gateway;
        this.tokens = suite.tokens;
    }

    @Test
    void aValidTokenIsAccepted() {
        assertThat(gateway.query(tokens.viewer(), SIMPLE).ok().path("customers").path("totalCount").isInt()).isTrue();
        assertThat(gateway.query(tokens.partner(), "{ __typename }").ok().path("__typename").asText()).isEqualTo("Query");
    }

    @Test
    void noTokenGets401() {
        Answer answer = gateway.query(null, SIMPLE);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.body()).doesNotContain("\"data\"");
        assertThat(gateway.post("not-a-jwt", Gateway.write(Map.of("query", SIMPLE))).status()).isEqualTo(401);
    }

    @Test
    void aRealTokenForAnotherAudienceGets401AtTheGatewayAndAtEveryService() {
        String other = tokens.otherAudience();
        var claims = Tokens.claims(other);
        assertThat(claims.path("aud").toString()).contains("other-api").doesNotContain("motiv-api");
        assertThat(claims.path("realm_access").path("roles").toString()).contains("viewer");

        Answer answer = gateway.query(other, SIMPLE);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        for (String service : List.of("profile", "survey", "segmentation", "valuation")) {
            Answer direct = new Gateway(suite.serviceUrl(service)).query(other, "{ _service { sdl } }");
            assertThat(direct.status()).as(service + ": " + direct).isEqualTo(401);
        }
    }

    @Test
    void hundredAliasesAreRefused() {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            query.append(" a").append(i).append(": customers(first: 1) { totalCount }");
        }
        Answer answer = gateway.query(tokens.viewer(), query.append(" }").toString());
        assertRefused(answer, "aliases");
    }

    @Test
    void depthTwentyIsRefused() {
        String nested = "id";
        for (int i = 0; i < 9; i++) {
            nested = "edges { node { " + nested + " } }"; // customers + 9 x (edges, node) + id = depth 20
        }
        Answer answer = gateway.query(tokens.viewer(), "{ customers(first: 1) { " + nested + " } }");
        assertRefused(answer, "depth");
    }

    @Test
    void aTwoMegabyteQueryIsRefused() {
        String padding = "#".repeat(2 * 1024 * 1024);
        Answer answer = gateway.query(tokens.viewer(), "{ __typename }\n" + padding);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(413);
        assertThat(answer.body()).doesNotContain("\"data\"");
        // a 2 MB query of real tokens (not a comment) too
        StringBuilder fields = new StringBuilder("{");
        while (fields.length() < 2 * 1024 * 1024) {
            fields.append(" __typename");
        }
        Answer tokensAnswer = gateway.query(tokens.viewer(), fields.append(" }").toString());
        assertThat(tokensAnswer.status()).as(tokensAnswer.toString()).isEqualTo(413);
    }

    @Test
    void batchedArrayRequestsAreRefused() {
        Answer answer = gateway.post(tokens.viewer(), "[{\"query\":\"{ __typename }\"},{\"query\":\"{ __typename }\"}]");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("\"data\"").contains("Batching is not supported");
    }

    @Test
    void introspectionIsRefusedWhenDisabled() {
        // the e2e suite starts the gateway with MOTIV_GATEWAY_INTROSPECTION=false, as in production
        for (String query : List.of("{ __schema { queryType { name } types { name } } }", "{ __type(name: \"Customer\") { fields { name } } }")) {
            Answer answer = gateway.query(tokens.admin(), query);
            assertThat(answer.errors()).as(answer.toString()).isNotEmpty();
            assertThat(answer.body()).doesNotContain("\"types\"").doesNotContain("\"fields\"").doesNotContain("segmentTags");
        }
    }

    @Test
    void fieldSuggestionsAreNotLeaked() {
        Answer answer = gateway.query(tokens.viewer(), "{ customerz(id: \"1\") { id } customers(first: 1) { totalCont } }");
        assertThat(answer.errors()).as(answer.toString()).isNotEmpty();
        assertThat(answer.body()).doesNotContainIgnoringCase("did you mean")
                .doesNotContain("\"customer\"").doesNotContain("totalCount").doesNotContain("\"data\":{");
    }

    @Test
    void bulkMutationsAreCountedPerItemAndRefusedWholeOverTheItemBudget() {
        // The viewer may not register customers (FORBIDDEN at profile-service), but the gateway counts the items
        // first: ten aliases of a 1,000-item registerCustomers are 10,000 items, and the default budget of 100,000
        // items a minute (refilled at 1,667 a second) is spent after about ten such requests.
        List<Map<String, Object>> thousand = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            thousand.add(Map.of("externalRef", Map.of("source", "guard", "ref", "g" + i), "kind", "PERSON"));
        }
        StringBuilder document = new StringBuilder("mutation($in: [RegisterCustomerInput!]!) {");
        for (int i = 0; i < 10; i++) {
            document.append(" a").append(i).append(": registerCustomers(inputs: $in) { registered }");
        }
        String bulk = document.append(" }").toString();
        Answer refused = null;
        int forwarded = 0;
        for (int attempt = 0; attempt < 30 && refused == null; attempt++) {
            Answer answer = gateway.query(tokens.viewer(), bulk, Map.of("in", thousand));
            if (answer.codes().contains("RATE_LIMITED")) {
                refused = answer;
            } else {
                assertThat(answer.codes()).as(answer.toString()).isNotEmpty().containsOnly("FORBIDDEN");
                forwarded++;
            }
        }
        assertThat(refused).as("no request refused after " + forwarded + " x 10,000 items").isNotNull();
        assertThat(forwarded).isBetween(9, 20);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(429);
        assertThat(refused.errors()).hasSize(1);
        assertThat(refused.errors().get(0).path("message").asText()).startsWith("Rate limit of mutation items exceeded");
        assertThat(refused.data().path("a0").isMissingNode() || refused.data().path("a0").isNull()).as(refused.toString()).isTrue();
        // queries have their own limit (root fields): the subject still reads
        assertThat(gateway.query(tokens.viewer(), SIMPLE).ok().path("customers").path("totalCount").isInt()).isTrue();
    }

    private static void assertRefused(Answer answer, String limit) {
        assertThat(answer.errors()).as(answer.toString()).isNotEmpty();
        assertThat(answer.errors().get(0).path("message").asText()).as(answer.toString()).containsIgnoringCase(limit);
        assertThat(answer.data().path("customers").isMissingNode() || answer.data().path("customers").isNull()).as(answer.toString()).isTrue();
    }
}
