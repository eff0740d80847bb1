package io.motiv.valuation.clv.service;

import java.time.LocalDate;

/**
 * One customer's purchase lines of one calendar day (UTC), summed.
 *
 * @param bought sum of the day's lines with amount >= 0
 * @param refunded sum of the day's refund lines as a positive number
 * @param purchase whether the day has at least one line with amount >= 0 (a purchase occasion)
 */
public record PurchaseDay(String customerId, LocalDate day, double bought, double refunded, boolean purchase) {
}
