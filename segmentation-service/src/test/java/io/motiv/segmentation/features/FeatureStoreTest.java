package io.motiv.segmentation.features;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.events.profile.CustomerErased;
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
