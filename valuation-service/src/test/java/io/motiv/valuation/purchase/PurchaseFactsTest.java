package io.motiv.valuation.purchase;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.CustomerErased;
import io.motiv.events.profile.PurchaseRecorded;
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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "valuation"))
@QuarkusTestResource(KafkaResource.class)
class PurchaseFactsTest {

    @Inject
    DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldKeepEachPurchaseOnceAndForgetThemWhenTheCustomerIsErased() {
        String customer = UUID.randomUUID().toString();
        String first = purchase(customer, "v:" + UUID.randomUUID(), "49.90");
        String second = purchase(customer, "v:" + UUID.randomUUID(), "-10.00");
        String sameOrderAgain = codec.write(codec.wrap(EventTypes.PURCHASE_RECORDED, "/motiv/profile-service", customer,
                codec.payload(codec.read(first), EventTypes.PURCHASE_RECORDED)));

        TopicWriter.send(Topics.PURCHASE_EVENTS, customer, first, second, first, sameOrderAgain, "{\"not\":\"an event\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase_fact WHERE customer_id = ?::uuid", customer)).isEqualTo(2));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase_fact WHERE customer_id = ?::uuid AND amount = 49.90", customer))
                .isEqualTo(1);

        TopicWriter.send(Topics.CUSTOMER_EVENTS, customer, codec.write(codec.wrap(EventTypes.CUSTOMER_ERASED,
                "/motiv/profile-service", customer, new CustomerErased(customer, Instant.now()))));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Sql.count(dataSource, "SELECT count(*) FROM purchase_fact WHERE customer_id = ?::uuid", customer)).isZero());
    }

    private String purchase(String customer, String orderId, String amount) {
        return codec.write(codec.wrap(EventTypes.PURCHASE_RECORDED, "/motiv/profile-service", customer,
                new PurchaseRecorded(orderId, customer, new BigDecimal(amount), "EUR", Instant.parse("2026-10-01T10:00:00Z"),
                        "WEB", "books", null)));
    }
}
