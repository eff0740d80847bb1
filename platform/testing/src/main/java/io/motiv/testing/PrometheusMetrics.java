package io.motiv.testing;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Reads the service's own {@code /q/metrics} (Prometheus text format) in tests. */
public final class PrometheusMetrics {

    private PrometheusMetrics() {
    }

    /**
     * The sum of the samples of {@code name} whose labels include all of {@code labels}; 0 when there is none.
     * E.g. {@code value("motiv_graphql_errors_total", Map.of("code", "INTERNAL"))}.
     */
    public static double value(String name, Map<String, String> labels) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !(line.startsWith(name + "{") || line.startsWith(name + " "))) {
                continue;
            }
            // <name>{<labels>} <value> [<timestamp>] [# <exemplar with trace_id>]
            int end = line.startsWith(name + "{") ? line.indexOf('}') + 1 : name.length();
            String series = line.substring(0, end);
            String value = line.substring(end).trim().split("\\s+")[0];
            if (labels.entrySet().stream().allMatch(label -> series.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                sum += Double.parseDouble(value);
            }
        }
        return sum;
    }
}
