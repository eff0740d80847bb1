package io.motiv.profile.customer;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.CustomerAttributes;
import io.motiv.events.profile.CustomerUpdated;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.TestTokens;
import io.motiv.testing.TopicReader;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "profile"))
@QuarkusTestResource(KafkaResource.class)
class CustomerProfileTest {

    private static final String REGISTER = "mutation($input: RegisterCustomerInput!) { registerCustomer(input: $input) { id version } }";
    private static final String UPDATE = "mutation($input: UpdateCustomerInput!) { updateCustomer(input: $input) { version person { gender householdSize } } }";
    private static final String READ = """
            query($id: ID!) { customer(id: $id) { id version
              person { name email phone birthDate ageBand gender incomeBand householdSize }
              location { country city postalCode urbanity }
              technographics { devices preferredChannel }
              attributes { name type value } } }""";

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldRegisterAFullProfileAndShowPersonalFieldsOnlyToStewards() {
        String id = register(fullPerson("c-" + UUID.randomUUID())).body("errors", nullValue())
                .extract().path("data.registerCustomer.id");

        GraphQl.post(steward(), READ, Map.of("id", id)).body("errors", nullValue())
                .body("data.customer.person.name", equalTo("Ada Example"))
                .body("data.customer.person.email", equalTo("ada@example.org"))
                .body("data.customer.person.ageBand", equalTo("AGE_35_44"))
                .body("data.customer.location.postalCode", equalTo("80331"))
                .body("data.customer.attributes[0].name", equalTo("loyalty_member"));

        GraphQl.post(TestTokens.forRoles("analyst-user", "analyst"), READ, Map.of("id", id))
                .body("data.customer.person.name", nullValue())
                .body("data.customer.person.email", nullValue())
                .body("data.customer.person.birthDate", nullValue())
                .body("data.customer.location.postalCode", nullValue())
                .body("data.customer.person.ageBand", equalTo("AGE_35_44"))
                .body("data.customer.location.city", equalTo("Munich"))
                .body("errors", hasSize(5))
                .body("errors.extensions.code", everyItem(equalTo("FORBIDDEN")))
                .body("errors.message", hasItem("person.email is personal data: only stewards and admins may read it"));

        GraphQl.post(steward(), "query($id: ID!) { personalDataAudit(customerId: $id) { actor action fields } }", Map.of("id", id))
                .body("data.personalDataAudit.action", hasItem("CHANGE"))
                .body("data.personalDataAudit.findAll { it.action == 'READ' }.fields.flatten().sort()",
                        equalTo(List.of("location.postalCode", "person.birthDate", "person.email", "person.name", "person.phone")))
                .body("data.personalDataAudit.actor", hasItem("steward-user"));
    }

    @Test
    void shouldUpdatePartiallyWithOptimisticConcurrencyAndPublishCustomerUpdated() {
        String id = register(fullPerson("c-" + UUID.randomUUID())).extract().path("data.registerCustomer.id");

        Map<String, Object> update = new HashMap<>(Map.of("id", id, "version", 0,
                "person", Map.of("householdSize", 4), "clear", List.of("person.phone")));
        GraphQl.post(steward(), UPDATE, Map.of("input", update)).body("errors", nullValue())
                .body("data.updateCustomer.version", equalTo(1))
                .body("data.updateCustomer.person.householdSize", equalTo(4))
                .body("data.updateCustomer.person.gender", equalTo("FEMALE"));
        GraphQl.post(steward(), UPDATE, Map.of("input", update))
                .body("data.updateCustomer", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQl.post(steward(), READ, Map.of("id", id)).body("data.customer.person.phone", nullValue());

        List<CustomerUpdated> updates = TopicReader.read(Topics.CUSTOMER_EVENTS,
                        record -> id.equals(record.key()) && record.value().contains(EventTypes.CUSTOMER_UPDATED.name()),
                        1, Duration.ofSeconds(30), Duration.ofSeconds(2)).stream()
                .map(record -> codec.payload(codec.read(record.value()), EventTypes.CUSTOMER_UPDATED)).toList();
        assertThat(updates).hasSize(1);
        CustomerAttributes attributes = updates.getFirst().attributes();
        assertThat(updates.getFirst().version()).isEqualTo(1);
        assertThat(attributes.householdSize()).isEqualTo(4);
        assertThat(attributes.country()).isEqualTo("DE");
        assertThat(attributes.ageBand()).isEqualTo("AGE_35_44");
        assertThat(updates.getFirst().toString()).doesNotContain("ada@example.org").doesNotContain("80331");
    }

    @Test
    void shouldRejectInvalidProfilesNamingTheField() {
        expectValidation(personWith("email", "not-an-email"), "person.email: 'not-an-email' is not an email address");
        expectValidation(personWith("birthDate", LocalDate.now().plusDays(2).toString()), "person.birthDate: is in the future");
        Map<String, Object> country = fullPerson("c-" + UUID.randomUUID());
        country.put("location", Map.of("country", "XX"));
        expectValidation(country, "location.country: 'XX' is not an ISO 3166-1 alpha-2 country code");
        Map<String, Object> revenue = new HashMap<>(Map.of("externalRef", Map.of("source", "crm", "ref", "o-" + UUID.randomUUID()),
                "kind", "ORGANIZATION", "organization", Map.of("annualRevenue", -5)));
        expectValidation(revenue, "organization.annualRevenue: must not be negative");
        Map<String, Object> attribute = fullPerson("c-" + UUID.randomUUID());
        attribute.put("attributes", List.of(Map.of("name", "score", "type", "NUMBER", "value", "high")));
        expectValidation(attribute, "attributes.score: 'high' is not a number");
    }

    @Test
    void shouldFindACustomerByExternalReferenceForPartners() {
        String ref = "c-" + UUID.randomUUID();
        String id = register(fullPerson(ref)).extract().path("data.registerCustomer.id");

        GraphQl.post(TestTokens.forPartner("partner-demo"), "query($r: String!) { customerByExternalRef(source: \"crm\", ref: $r) { id person { gender name } } }",
                        Map.of("r", ref))
                .body("data.customerByExternalRef.id", equalTo(id))
                .body("data.customerByExternalRef.person.name", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private static Map<String, Object> personWith(String field, String value) {
        Map<String, Object> input = fullPerson("c-" + UUID.randomUUID());
        @SuppressWarnings("unchecked")
        Map<String, Object> person = new HashMap<>((Map<String, Object>) input.get("person"));
        person.put(field, value);
        input.put("person", person);
        return input;
    }

    private static Map<String, Object> fullPerson(String ref) {
        LocalDate birth = LocalDate.now().minusYears(40);
        return new HashMap<>(Map.of(
                "externalRef", Map.of("source", "crm", "ref", ref),
                "kind", "PERSON",
                "person", Map.of("name", "Ada Example", "email", "Ada@Example.org", "phone", "+49 89 1234567",
                        "birthDate", birth.toString(), "gender", "FEMALE", "incomeBand", "MIDDLE", "householdSize", 2),
                "location", Map.of("country", "DE", "region", "Bavaria", "city", "Munich", "postalCode", "80331", "urbanity", "URBAN"),
                "technographics", Map.of("devices", List.of("ios", "desktop"), "preferredChannel", "MOBILE_APP"),
                "attributes", List.of(Map.of("name", "loyalty_member", "type", "BOOLEAN", "value", "true"))));
    }

    private static ValidatableResponse register(Map<String, Object> input) {
        return GraphQl.post(steward(), REGISTER, Map.of("input", input));
    }

    private static void expectValidation(Map<String, Object> input, String message) {
        register(input).body("data.registerCustomer", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"))
                .body("errors[0].message", equalTo(message));
    }

    private static String steward() {
        return TestTokens.forRoles("steward-user", "steward");
    }
}
