package io.motiv.profile.tag;

import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.Sql;
import io.motiv.testing.TestTokens;
import io.motiv.testing.TopicReader;
import io.motiv.testing.TopicWriter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "profile"))
@QuarkusTestResource(KafkaResource.class)
class SegmentTagTest {

    private static final Instant FIRST_RUN = Instant.parse("2026-10-01T08:00:00Z");
    private static final Instant SECOND_RUN = Instant.parse("2026-11-01T08:00:00Z");

    @Inject
    DataSource dataSource;

    private final EventCodec codec = new EventCodec();

    @Test
    void shouldTagWithTheNewestRunAndKeepHistoryWhateverTheOrderOrRepetition() {
        String ref = "c-" + UUID.randomUUID();
        String customerId = registerCustomer(ref);
        String segmentation = "seg-" + UUID.randomUUID();
        String older = assigned(customerId, segmentation, "run-1", "segment-a", FIRST_RUN);
        String newer = assigned(customerId, segmentation, "run-2", "segment-b", SECOND_RUN);
        String lateOlder = assigned(customerId, segmentation, "run-1", "segment-a", FIRST_RUN);

        TopicWriter.send(Topics.SEGMENTATION_EVENTS, customerId, older, newer, newer, lateOlder);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Sql.count(dataSource, "SELECT count(*) FROM motiv_inbox WHERE consumer = 'profile-service' AND event_id IN (?, ?, ?)",
                        id(older), id(newer), id(lateOlder))).isEqualTo(3));
        GraphQl.post(TestTokens.forPartner("partner-demo"),
                        "query($r: String!) { customerByExternalRef(source: \"shop\", ref: $r) { segmentTags { segmentationId segmentId label runId } } }",
                        Map.of("r", ref))
                .body("data.customerByExternalRef.segmentTags", hasSize(1))
                .body("data.customerByExternalRef.segmentTags[0].segmentId", equalTo("segment-b"))
                .body("data.customerByExternalRef.segmentTags[0].runId", equalTo("run-2"));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_tag_history WHERE customer_id = ?::uuid", customerId)).isEqualTo(2);
    }

    @Test
    void shouldIgnoreAssignmentsOfUnknownCustomersAndForgetTagsOnErasure() {
        String customerId = registerCustomer("c-" + UUID.randomUUID());
        String unknown = UUID.randomUUID().toString();
        String ofUnknown = assigned(unknown, "seg-x", "run-1", "segment-a", FIRST_RUN);
        String ofCustomer = assigned(customerId, "seg-x", "run-1", "segment-a", FIRST_RUN);
        TopicWriter.send(Topics.SEGMENTATION_EVENTS, unknown, ofUnknown);
        TopicWriter.send(Topics.SEGMENTATION_EVENTS, customerId, ofCustomer);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_tag WHERE customer_id = ?::uuid", customerId)).isEqualTo(1));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_tag_history WHERE customer_id = ?::uuid", unknown)).isZero();

        GraphQl.post(TestTokens.forRoles("steward-user", "steward"), "mutation($id: ID!) { eraseCustomer(id: $id) { customerId } }",
                Map.of("id", customerId)).body("data.eraseCustomer.customerId", equalTo(customerId));

        assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_tag WHERE customer_id = ?::uuid", customerId)).isZero();
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_tag_history WHERE customer_id = ?::uuid", customerId)).isZero();
    }

    @Test
    void shouldRemoveTagsWhenTheCustomerObjectsToProfilingAndKeepThemForOtherDecisions() {
        String customerId = registerCustomer("c-" + UUID.randomUUID());
        String steward = TestTokens.forRoles("steward-user", "steward");
        recordConsent(steward, customerId, "PROFILING", "GRANTED");
        TopicWriter.send(Topics.SEGMENTATION_EVENTS, customerId, assigned(customerId, "seg-o", "run-1", "segment-a", FIRST_RUN));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_tag WHERE customer_id = ?::uuid", customerId)).isEqualTo(1));

        // decisions on other purposes leave the tags alone
        recordConsent(steward, customerId, "MARKETING", "WITHDRAWN");
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_tag WHERE customer_id = ?::uuid", customerId)).isEqualTo(1);

        GraphQl.post(TestTokens.forPartner("partner-demo"),
                        "mutation($id: ID!) { objectToProfiling(customerId: $id, source: \"shop\", legalTextVersion: \"privacy-2026\") { status } }",
                        Map.of("id", customerId))
                .body("data.objectToProfiling.status", equalTo("WITHDRAWN"));
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_tag WHERE customer_id = ?::uuid", customerId)).isZero();
        assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_tag_history WHERE customer_id = ?::uuid", customerId)).isEqualTo(1);
    }

    @Test
    void shouldParkAnUnreadableMessageAndStillTagTheRestOfTheBatch() {
        String customerId = registerCustomer("c-" + UUID.randomUUID());
        String marker = "poison-" + UUID.randomUUID();
        String good = assigned(customerId, "seg-p", "run-1", "segment-a", FIRST_RUN);

        TopicWriter.send(Topics.SEGMENTATION_EVENTS, customerId, "{\"not\": \"an event\", \"marker\": \"" + marker + "\"}", good);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(Sql.count(dataSource, "SELECT count(*) FROM segment_tag WHERE customer_id = ?::uuid", customerId)).isEqualTo(1));
        List<ConsumerRecord<String, String>> parked = TopicReader.read(Topics.deadLetter("profile-service"),
                record -> record.value().contains(marker), 1, Duration.ofSeconds(30), Duration.ofMillis(500));
        assertThat(parked).hasSize(1);
        assertThat(new String(parked.getFirst().headers().lastHeader("dead-letter-reason").value()))
                .contains("missing required field");
    }

    private String assigned(String customerId, String segmentation, String run, String segment, Instant at) {
        return codec.write(codec.wrap(EventTypes.CUSTOMER_SEGMENT_ASSIGNED, "/motiv/segmentation-service", customerId,
                new CustomerSegmentAssigned(customerId, segmentation, run, segment, "Label " + segment, 0.5, at)));
    }

    private static void recordConsent(String token, String customerId, String purpose, String status) {
        GraphQl.post(token, "mutation($in: RecordConsentInput!) { recordConsent(input: $in) { status } }",
                        Map.of("in", Map.of("customerId", customerId, "purpose", purpose, "status", status,
                                "source", "shop", "legalTextVersion", "privacy-2026")))
                .body("data.recordConsent.status", equalTo(status));
    }

    private String id(String event) {
        return codec.read(event).id();
    }


    private static String registerCustomer(String ref) {
        return GraphQl.post(TestTokens.forRoles("steward-user", "steward"),
                "mutation($r: String!) { registerCustomer(input: {externalRef: {source: \"shop\", ref: $r}, kind: PERSON}) { id } }",
                Map.of("r", ref)).extract().path("data.registerCustomer.id");
    }
}
