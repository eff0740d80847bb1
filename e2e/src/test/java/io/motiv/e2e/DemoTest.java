package io.motiv.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo end to end: {@code deploy/local/motiv up --demo --customers 2000} (MotivSuite with
 * {@code -Dmotiv.e2e.demoCustomers}, its own surefire execution and state directory), then the report it printed and
 * wrote is checked (the planted number of segments, sane values), and the five GraphQL queries of docs/demo.md are run
 * through the gateway with the roles the document names. MotivSuite's close checks that {@code down} leaves no process.
 */
@ExtendWith(MotivSuite.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoTest {
    MotivSuite.Running suite;
    JsonNode report;

    @BeforeAll
    void readTheReport(MotivSuite.Running suite) throws Exception {
        this.suite = suite;
        this.report = Gateway.JSON.readTree(Files.readString(suite.home.resolve("demo/report.json")));
    }

    @Test
    void theReportHasThePlantedSegmentsAndSaneValues() throws Exception {
        String printed = Files.readString(suite.home.resolve("logs/motiv-up.log"));
        assertThat(printed).contains("Segment report: 2,000 customers", "Elapsed:", "demo done in");

        int k = report.path("archetypes").asInt();
        assertThat(k).isBetween(5, 6);
        assertThat(report.path("k").asInt()).as("k chosen from 2..8 = the planted archetypes: " + report).isEqualTo(k);
        JsonNode segments = report.path("segments");
        assertThat(segments.size()).isEqualTo(k);

        long included = report.path("population").path("included").asLong();
        assertThat(included).as("most of the 2,000 consent, answer and are not flagged").isBetween(1_500L, 2_000L);
        double share = 0, revenueShare = 0, budgetShare = 0;
        long size = 0;
        List<Integer> ranks = new ArrayList<>();
        for (JsonNode s : segments) {
            assertThat(s.path("label").asText()).isNotBlank();
            assertThat(s.path("definingValues").size()).as("defining values of " + s).isEqualTo(3);
            for (String field : List.of("share", "revenueShare", "meanClv", "churnRisk", "budgetShare", "valueScore")) {
                assertThat(s.path(field).isNumber()).as(field + " of " + s).isTrue();
                assertThat(Double.isFinite(s.path(field).asDouble())).as(field + " of " + s).isTrue();
            }
            assertThat(s.path("share").asDouble()).as("no tiny or giant segment: " + s).isBetween(0.08, 0.35);
            assertThat(s.path("churnRisk").asDouble()).isBetween(0.0, 1.0);
            assertThat(s.path("meanClv").asDouble()).isPositive();
            share += s.path("share").asDouble();
            revenueShare += s.path("revenueShare").asDouble();
            budgetShare += s.path("budgetShare").asDouble();
            size += s.path("size").asLong();
            ranks.add(s.path("valueRank").asInt());
        }
        assertThat(share).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(revenueShare).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(budgetShare).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(size).isEqualTo(included);
        assertThat(ranks).as("ranks 1..k, the report sorted by rank").containsExactly(
                java.util.stream.IntStream.rangeClosed(1, k).boxed().toArray(Integer[]::new));
    }

    @Test
    void theFiveQueriesOfTheDemoGuideAnswer() throws Exception {
        Map<String, Object> variables = new HashMap<>();
        variables.put("segmentationId", report.path("segmentationId").asText());
        variables.put("runId", report.path("runId").asText());
        variables.put("segmentId", report.path("segments").path(0).path("segmentId").asText()); // rank 1
        variables.put("ref", report.path("sampleCustomerRef").asText());

        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (Query query : queries(suite.repo.resolve("docs/demo.md"))) {
            Map<String, Object> used = new LinkedHashMap<>();
            Matcher declared = Pattern.compile("\\$(\\w+)\\s*:").matcher(query.text());
            while (declared.find()) {
                assertThat(variables).as("variable $" + declared.group(1) + " of " + query.name()).containsKey(declared.group(1));
                used.put(declared.group(1), variables.get(declared.group(1)));
            }
            // segment tags reach profile-service through events after the activation: members are asked until all are in
            int expected = query.name().equals("SegmentMembers") ? report.path("segments").path(0).path("size").asInt() : -1;
            JsonNode data = Await.until(query.name(), java.time.Duration.ofSeconds(60), java.time.Duration.ofMillis(500),
                    () -> suite.gateway.query(suite.tokens.get(query.role()), query.text(), used).ok(),
                    d -> expected < 0 || d.path("customers").path("totalCount").asInt() == expected);
            answers.put(query.name(), data);
        }
        assertThat(answers.keySet()).containsExactly("Segmentations", "SegmentDashboard", "WhyThisK", "SegmentMembers",
                "ShopperSegment");
        int k = report.path("k").asInt();

        JsonNode list = answers.get("Segmentations").path("segmentations");
        assertThat(list.path("edges").findValuesAsText("id")).contains(report.path("segmentationId").asText());

        JsonNode dashboard = answers.get("SegmentDashboard").path("segmentation");
        assertThat(dashboard.path("activeRunId").asText()).isEqualTo(report.path("runId").asText());
        assertThat(dashboard.path("segments").size()).isEqualTo(k);
        for (JsonNode s : dashboard.path("segments")) {
            assertThat(s.path("valuation").path("rank").asInt()).isBetween(1, k);
            assertThat(s.path("profile").path("definingValues").size()).isEqualTo(3);
        }

        JsonNode run = answers.get("WhyThisK").path("segmentationRun");
        assertThat(run.path("k").asInt()).isEqualTo(k);
        assertThat(run.path("report").path("recommendedK").asInt()).isEqualTo(k);
        assertThat(run.path("report").path("candidates").size()).isEqualTo(7); // k = 2..8

        JsonNode members = answers.get("SegmentMembers").path("customers");
        assertThat(members.path("totalCount").asInt()).isEqualTo(report.path("segments").path(0).path("size").asInt());
        assertThat(members.path("edges").size()).isEqualTo(20);
        JsonNode first = members.path("edges").path(0).path("node");
        assertThat(first.path("lifetimeValue").path("lifetimeValue").isNumber()).as(first.toString()).isTrue();
        assertThat(first.path("segmentTags").findValuesAsText("segmentId")).contains((String) variables.get("segmentId"));

        JsonNode shopper = answers.get("ShopperSegment").path("customerByExternalRef");
        assertThat(shopper.path("segment").path("id").asText()).as(shopper.toString()).isNotEmpty();
    }

    record Query(String name, String role, String text) {
    }

    /** The ```graphql blocks of the guide whose first line is {@code # as <role>}, named by their operation. */
    static List<Query> queries(Path guide) throws Exception {
        List<Query> queries = new ArrayList<>();
        Matcher block = Pattern.compile("```graphql\\n# as (\\w+)[^\\n]*\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(guide));
        while (block.find()) {
            Matcher name = Pattern.compile("(?:query|mutation)\\s+(\\w+)").matcher(block.group(2));
            assertThat(name.find()).as("a named operation in " + block.group(2)).isTrue();
            queries.add(new Query(name.group(1), block.group(1), block.group(2)));
        }
        return queries;
    }
}
