package io.motiv.events.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One order line. A refund is a line with a negative amount.
 *
 * @param orderId unique per source system; the same order id is recorded once
 * @param currency ISO 4217
 */
public record PurchaseRecorded(
        @JsonProperty(required = true) String orderId,
        @JsonProperty(required = true) String customerId,
        @JsonProperty(required = true) BigDecimal amount,
        @JsonProperty(required = true) String currency,
        @JsonProperty(required = true) Instant purchasedAt,
        String channel,
        String category,
        String campaignId) {
}
