package io.motiv.segmentation;

import io.motiv.testing.GraphQl;
import io.motiv.testing.TestTokens;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.nullValue;

/** The GraphQL calls the segmentation tests make, as an analyst would. */
public final class SegmentationApi {

    public static final String ANALYST = TestTokens.forRoles("analyst-user", "analyst");
    public static final String VIEWER = TestTokens.forRoles("viewer-user", "viewer");

    public static final String RUN_FIELDS = """
            id status k kMin kMax seed progress step reason restarts
            report { population { known withoutConsent missingFeatures flaggedResponses included }
                     candidates { k inertia silhouette silhouetteSampleSize calinskiHarabasz daviesBouldin bic smallestSegmentShare eligible exclusion }
                     recommendedK rule stability { replicates meanAdjustedRandIndex minimumAdjustedRandIndex } warnings }
            segments { id position label displayName size share
                       profile { centroid { feature value } definingValues { value mean deviation } higherOrder { value deviation }
                                 behaviour { customers recencyDays frequency monetary tenureDays } } }""";

    private SegmentationApi() {
    }

    /** Values keys prefix_0..prefix_{d-1}, weight 1. */
    public static String define(String name, String prefix, int dimensions) {
        return define(name, IntStream.range(0, dimensions).mapToObj(j -> "value." + prefix + "_" + j).toList());
    }

    public static String define(String name, List<String> features) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", name + " " + System.nanoTime());
        input.put("features", features.stream().map(feature -> Map.of("name", feature, "weight", 1.0)).toList());
        return GraphQl.post(ANALYST, "mutation($input: DefineSegmentationInput!) { defineSegmentation(input: $input) { id } }",
                        Map.of("input", input))
                .body("errors", nullValue())
                .extract().path("data.defineSegmentation.id");
    }

    public static String start(String segmentationId, Map<String, Object> parameters) {
        Map<String, Object> input = new LinkedHashMap<>(parameters);
        input.put("segmentationId", segmentationId);
        return GraphQl.post(ANALYST, "mutation($input: StartSegmentationRunInput!) { startSegmentationRun(input: $input) { id status } }",
                        Map.of("input", input))
                .body("errors", nullValue())
                .extract().path("data.startSegmentationRun.id");
    }

    /** Waits until the run ended and returns it (with report and segments). */
    public static JsonPath awaitEnded(String runId, Duration timeout) {
        JsonPath[] run = new JsonPath[1];
        await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> {
            run[0] = run(runId);
            String status = run[0].getString("status");
            return "SUCCEEDED".equals(status) || "FAILED".equals(status) || "CANCELLED".equals(status);
        });
        return run[0];
    }

    public static JsonPath run(String runId) {
        return GraphQl.post(ANALYST, "query($id: ID!) { segmentationRun(id: $id) { " + RUN_FIELDS + " } }", Map.of("id", runId))
                .body("errors", nullValue())
                .extract().jsonPath().setRootPath("data.segmentationRun");
    }
}
