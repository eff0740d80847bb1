package io.motiv.events.valuation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Keyed by segment id. Money in {@code currency}; churn risk is 1 - mean P(alive).
 *
 * @param valueScore the composite score that ranks segments, 0..1
 */
public record SegmentValuated(
        @JsonProperty(required = true) String valuationId,
        @JsonProperty(required = true) String segmentationId,
        @JsonProperty(required = true) String runId,
        @JsonProperty(required = true) String segmentId,
        @JsonProperty(required = true) long customers,
        @JsonProperty(required = true) BigDecimal revenue,
        @JsonProperty(required = true) double revenueShare,
        BigDecimal meanClv,
        BigDecimal totalClv,
        Double churnRisk,
        Double valueScore,
        @JsonProperty(required = true) String currency,
        @JsonProperty(required = true) Instant valuedAt) {
}
