package io.motiv.profile.purchase.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A purchase line as a partner sends it; the customer is named by id or by external reference. */
public record PurchaseLine(String orderId, UUID customerId, String externalSource, String externalRef, BigDecimal amount,
                           String currency, Instant purchasedAt, String channel, String category, String campaignId) {
}
