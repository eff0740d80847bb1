package io.motiv.segmentation.activation;

import io.motiv.events.CloudEvent;
import io.motiv.events.EventCodec;
import io.motiv.events.EventTypes;
import io.motiv.events.Topics;
import io.motiv.events.profile.ConsentChanged;
import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.events.profile.CustomerErased;
import io.motiv.events.segmentation.CustomerSegmentAssigned;
import io.motiv.events.segmentation.SegmentationActivated;
import io.motiv.events.survey.ResponseQuality;
import io.motiv.events.survey.ValueScores;
import io.motiv.events.survey.ValuesProfileScored;
import io.motiv.segmentation.FeatureFixture;
import io.motiv.segmentation.SegmentationApi;
import io.motiv.testing.GraphQl;
import io.motiv.testing.KafkaResource;
import io.motiv.testing.PostgresResource;
import io.motiv.testing.Sql;
import io.motiv.testing.TopicReader;
import io.motiv.testing.TopicWriter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.motiv.segmentation.SegmentationApi.ANALYST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "segmentation"))
@QuarkusTestResource(KafkaResource.class)
class ActivationTest {

    private static final double[][] CENTRES = {{0, 0, 0}, {4, 0, 0}, {0, 4, 4}};
    private static final String ACTIVATE = "mutation($id: ID!) { activateRun(runId: $id) { id activeRunId } }";
    private static final String CUSTOMER_SEGMENT = """
            query($representations: [_Any!]!, $segmentation: ID!) {
              _entities(representations: $representations) { ... on Customer { segment(segmentationId: $segmentation) { id label size } } }
            }""";

    private final EventCodec codec = new EventCodec();

    @Inject
    DataSource dataSource;

    @Test
    void shouldTagEveryConsentingMemberOnceThenPlaceNewAnswersLiveAndForgetErasedCustomers() {
        List<FeatureFixture.Customer> members = FeatureFixture.archetypes("ACTIVE", CENTRES, 60, 0.4, 21);
        FeatureFixture.insert(dataSource, members);
        String segmentation = SegmentationApi.define("activation", "ACTIVE", 3);
        String runId = SegmentationApi.start(segmentation, Map.of("k", 3, "seed", "4"));
        JsonPath run = SegmentationApi.awaitEnded(runId, Duration.ofSeconds(60));
        assertThat(run.getString("status")).isEqualTo("SUCCEEDED");

        // Consent withdrawn after the run: that member is not tagged.
        String withdrawn = members.getFirst().id().toString();
        TopicWriter.send(Topics.CUSTOMER_EVENTS, withdrawn, consent(withdrawn, ConsentStatus.WITHDRAWN));
        await().atMost(Duration.ofSeconds(30)).until(() -> Sql.count(dataSource,
                "SELECT count(*) FROM profiling_consent WHERE customer_id = ?::uuid AND status = 'WITHDRAWN'", withdrawn) == 1);

        GraphQl.post(ANALYST, ACTIVATE, Map.of("id", runId))
                .body("errors", nullValue())
                .body("data.activateRun.activeRunId", equalTo(runId));
        GraphQl.post(ANALYST, ACTIVATE, Map.of("id", runId)).body("errors", nullValue());

        List<ConsumerRecord<String, String>> tags = TopicReader.read(Topics.SEGMENTATION_EVENTS,
                record -> record.value().contains(runId) && record.value().contains("CustomerSegmentAssigned"),
                members.size() - 1, Duration.ofSeconds(60), Duration.ofSeconds(3));
        List<CustomerSegmentAssigned> assigned = tags.stream()
                .map(record -> codec.payload(codec.read(record.value()), EventTypes.CUSTOMER_SEGMENT_ASSIGNED)).toList();
        assertThat(assigned).hasSize(members.size() - 1);
        Set<String> tagged = assigned.stream().map(CustomerSegmentAssigned::customerId).collect(Collectors.toSet());
        assertThat(tagged).hasSize(members.size() - 1).doesNotContain(withdrawn);
        assertThat(tags).allSatisfy(record -> assertThat(record.key()).isEqualTo(codec.read(record.value()).subject()));
        List<String> segmentIds = run.getList("segments.id");
        assertThat(assigned).allSatisfy(tag -> {
            assertThat(tag.segmentationId()).isEqualTo(segmentation);
            assertThat(segmentIds).contains(tag.segmentId());
            assertThat(tag.segmentLabel()).isNotBlank();
        });

        GraphQl.post(SegmentationApi.VIEWER, CUSTOMER_SEGMENT, Map.of("segmentation", segmentation,
                        "representations", List.of(Map.of("__typename", "Customer", "id", withdrawn))))
                .body("errors", nullValue())
                .body("data._entities[0].segment", nullValue());

        List<ConsumerRecord<String, String>> activations = TopicReader.read(Topics.SEGMENTATION_EVENTS,
                record -> record.value().contains(runId) && record.value().contains("SegmentationActivated"), 1,
                Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(activations).hasSize(1);
        SegmentationActivated activated = codec.payload(codec.read(activations.getFirst().value()), EventTypes.SEGMENTATION_ACTIVATED);
        assertThat(activated.segments()).hasSize(3);

        // A new customer answers a survey: placed in the segment of the nearest centre within seconds.
        String newcomer = UUID.randomUUID().toString();
        TopicWriter.send(Topics.CUSTOMER_EVENTS, newcomer, consent(newcomer, ConsentStatus.GRANTED));
        await().atMost(Duration.ofSeconds(30)).until(() -> Sql.count(dataSource,
                "SELECT count(*) FROM profiling_consent WHERE customer_id = ?::uuid", newcomer) == 1);
        TopicWriter.send(Topics.VALUES_EVENTS, newcomer, scored(newcomer, Map.of("ACTIVE_0", 0.1, "ACTIVE_1", 3.9, "ACTIVE_2", 4.1)));
        List<ConsumerRecord<String, String>> live = TopicReader.read(Topics.SEGMENTATION_EVENTS,
                record -> newcomer.equals(record.key()), 1, Duration.ofSeconds(30), Duration.ofSeconds(1));
        assertThat(live).hasSize(1);
        CustomerSegmentAssigned placed = codec.payload(codec.read(live.getFirst().value()), EventTypes.CUSTOMER_SEGMENT_ASSIGNED);
        String expected = assigned.stream().filter(tag -> tag.customerId().equals(members.get(150).id().toString()))
                .findFirst().orElseThrow().segmentId();
        assertThat(placed.segmentId()).isEqualTo(expected);
        assertThat(placed.runId()).isEqualTo(runId);

        GraphQl.post(SegmentationApi.VIEWER, CUSTOMER_SEGMENT, Map.of("segmentation", segmentation,
                        "representations", List.of(Map.of("__typename", "Customer", "id", newcomer))))
                .body("errors", nullValue())
                .body("data._entities[0].segment.id", equalTo(expected));

        // Erasure: the member's rows go, the segment's size (an aggregate) stays.
        String erased = members.get(1).id().toString();
        String erasedSegment = assigned.stream().filter(tag -> tag.customerId().equals(erased)).findFirst().orElseThrow().segmentId();
        long sizeBefore = sizeOfSegmentOf(segmentation, erased);
        TopicWriter.send(Topics.CUSTOMER_EVENTS, erased, codec.write(codec.wrap(EventTypes.CUSTOMER_ERASED,
                "/motiv/profile-service", erased, new CustomerErased(erased, Instant.now()))));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM run_assignment WHERE customer_id = ?::uuid", erased)).isZero();
            assertThat(Sql.count(dataSource, "SELECT count(*) FROM values_features WHERE customer_id = ?::uuid", erased)).isZero();
        });
        GraphQl.post(SegmentationApi.VIEWER, CUSTOMER_SEGMENT, Map.of("segmentation", segmentation,
                        "representations", List.of(Map.of("__typename", "Customer", "id", erased))))
                .body("errors", nullValue())
                .body("data._entities[0].segment", nullValue());
        Number sizeAfter = GraphQl.post(SegmentationApi.VIEWER, "query($id: ID!) { segment(id: $id) { size } }", Map.of("id", erasedSegment))
                .body("errors", nullValue()).extract().path("data.segment.size");
        assertThat(sizeAfter.longValue()).isEqualTo(sizeBefore);
    }

    @Test
    void shouldRefuseToActivateARunThatDidNotSucceed() {
        String segmentation = SegmentationApi.define("failed activation", "NOBODY_HERE", 2);
        String runId = SegmentationApi.start(segmentation, Map.of("k", 2));
        assertThat(SegmentationApi.awaitEnded(runId, Duration.ofSeconds(60)).getString("status")).isEqualTo("FAILED");

        GraphQl.post(ANALYST, ACTIVATE, Map.of("id", runId))
                .body("data.activateRun", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"));
        GraphQl.post(ANALYST, ACTIVATE, Map.of("id", UUID.randomUUID().toString()))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQl.post(SegmentationApi.VIEWER, ACTIVATE, Map.of("id", runId))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
    }

    private long sizeOfSegmentOf(String segmentation, String customer) {
        Number size = GraphQl.post(SegmentationApi.VIEWER, CUSTOMER_SEGMENT, Map.of("segmentation", segmentation,
                        "representations", List.of(Map.of("__typename", "Customer", "id", customer))))
                .body("errors", nullValue())
                .extract().path("data._entities[0].segment.size");
        return size.longValue();
    }

    private String consent(String customer, ConsentStatus status) {
        return codec.write(codec.wrap(EventTypes.CONSENT_CHANGED, "/motiv/profile-service", customer,
                new ConsentChanged(customer, ConsentPurpose.PROFILING, status, "web", "v1", Instant.now())));
    }

    private String scored(String customer, Map<String, Double> centred) {
        CloudEvent event = codec.wrap(EventTypes.VALUES_PROFILE_SCORED, "/motiv/survey-service", customer,
                new ValuesProfileScored(customer, UUID.randomUUID().toString(), UUID.randomUUID().toString(), "fixture@1",
                        new ValueScores(centred, centred), new ValueScores(Map.of(), Map.of()), 3.0,
                        new ResponseQuality(21, 0, false, false, false), Instant.now()));
        return codec.write(event);
    }
}
