package io.motiv.segmentation.features;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.events.profile.CustomerAttributes;
import io.motiv.events.profile.CustomerErased;
import io.motiv.events.profile.CustomerKind;
import io.motiv.events.profile.CustomerRegistered;
import io.motiv.events.profile.CustomerUpdated;
import io.motiv.events.profile.ExternalRef;
import io.motiv.events.profile.PurchaseRecorded;
import io.motiv.events.survey.ResponseQuality;
import io.motiv.events.survey.ValueScores;
import io.motiv.events.survey.ValuesProfileScored;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.Sql;
import io.motiv.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "segmentation"))
@QuarkusTestResource(KafkaResource.class)
class FeatureStoreTest {

    private static final Instant EARLIER = Instant.parse("2026-09-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-10-01T10:00:00Z");

    @Inject
    DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldKeepTheLatestValuesProfileAndProfilingConsentAndForgetErasedCustomers() {
        String customer = UUID.randomUUID().toString();
        TopicWriter.send(Topics.VALUES_EVENTS, customer, scored(customer, "later", LATER, 0.75), scored(customer, "earlier", EARLIER, -0.5));
        TopicWriter.send(Topics.CUSTOMER_EVENTS, customer, consent(customer, ConsentStatus.GRANTED, EARLIER),
                consent(customer, ConsentStatus.WITHDRAWN, LATER));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM values_features WHERE customer_id = ?::uuid AND response_id = 'later'"
                    + " AND (centred->>'POWER')::float = 0.75", customer)).isEqualTo(1);
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM profiling_consent WHERE customer_id = ?::uuid AND status = 'WITHDRAWN'",
                    customer)).isEqualTo(1);
        });

        TopicWriter.send(Topics.CUSTOMER_EVENTS, customer, codec.write(codec.wrap(EventTypes.CUSTOMER_ERASED,
                "/motiv/profile-service", customer, new CustomerErased(customer, Instant.now()))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM values_features WHERE customer_id = ?::uuid", customer)).isZero();
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM profiling_consent WHERE customer_id = ?::uuid", customer)).isZero();
        });
    }

    @Test
    void shouldKeepBehaviourTotalsFromPurchasesAndTheNewestAttributes() {
        String customer = UUID.randomUUID().toString();
        TopicWriter.send(Topics.PURCHASE_EVENTS, customer,
                purchase(customer, "o-1", "40.00", EARLIER), purchase(customer, "o-2", "60.00", LATER),
                purchase(customer, "o-2-refund", "-10.00", LATER.plusSeconds(86_400)));
        TopicWriter.send(Topics.CUSTOMER_EVENTS, customer,
                codec.write(codec.wrap(EventTypes.CUSTOMER_REGISTERED, "/motiv/profile-service", customer,
                        new CustomerRegistered(customer, new ExternalRef("shop", customer), CustomerKind.PERSON,
                                attributes("AGE_25_34", "URBAN"), EARLIER))),
                codec.write(codec.wrap(EventTypes.CUSTOMER_UPDATED, "/motiv/profile-service", customer,
                        new CustomerUpdated(customer, 3, attributes("AGE_35_44", "RURAL"), LATER))),
                codec.write(codec.wrap(EventTypes.CUSTOMER_UPDATED, "/motiv/profile-service", customer,
                        new CustomerUpdated(customer, 2, attributes("AGE_18_24", "SUBURBAN"), EARLIER))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM behaviour_features WHERE customer_id = ?::uuid"
                    + " AND orders = 2 AND monetary = 90 AND first_purchase = ?::timestamptz AND last_purchase = ?::timestamptz",
                    customer, EARLIER.toString(), LATER.toString())).isEqualTo(1);
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM demographic_features WHERE customer_id = ?::uuid"
                    + " AND version = 3 AND attributes->>'ageBand' = 'AGE_35_44' AND attributes->>'urbanity' = 'RURAL'",
                    customer)).isEqualTo(1);
        });
    }

    @Test
    void shouldCountAZeroAmountPurchaseAsAnOrderWithoutSpend() {
        String customer = UUID.randomUUID().toString();
        TopicWriter.send(Topics.PURCHASE_EVENTS, customer,
                purchase(customer, "o-1", "40.00", EARLIER), purchase(customer, "o-2-free", "0.00", LATER));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Sql.count(dataSource,
                "SELECT count(*) FROM behaviour_features WHERE customer_id = ?::uuid"
                        + " AND orders = 2 AND monetary = 40 AND first_purchase = ?::timestamptz AND last_purchase = ?::timestamptz",
                customer, EARLIER.toString(), LATER.toString())).isEqualTo(1));
    }

    private String purchase(String customer, String order, String amount, Instant at) {
        return codec.write(codec.wrap(EventTypes.PURCHASE_RECORDED, "/motiv/profile-service", customer,
                new PurchaseRecorded(order, customer, new BigDecimal(amount), "EUR", at, "web", "books", null)));
    }

    private static CustomerAttributes attributes(String ageBand, String urbanity) {
        return new CustomerAttributes(ageBand, "FEMALE", null, null, null, 2, "DE", null, urbanity, null, null, null,
                null, null, null);
    }

    private String scored(String customer, String response, Instant at, double power) {
        return codec.write(codec.wrap(EventTypes.VALUES_PROFILE_SCORED, "/motiv/survey-service", customer,
                new ValuesProfileScored(customer, response, UUID.randomUUID().toString(), "pvq-21@1",
                        new ValueScores(Map.of("POWER", 3.0 + power), Map.of("POWER", power)),
                        new ValueScores(Map.of("SELF_ENHANCEMENT", 3.5), Map.of("SELF_ENHANCEMENT", power)),
                        3.0, new ResponseQuality(21, 0, false, false, false), at)));
    }

    private String consent(String customer, ConsentStatus status, Instant at) {
        return codec.write(codec.wrap(EventTypes.CONSENT_CHANGED, "/motiv/profile-service", customer,
                new ConsentChanged(customer, ConsentPurpose.PROFILING, status, "web", "v1", at)));
    }
}
