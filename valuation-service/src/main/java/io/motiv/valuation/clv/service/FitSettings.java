package io.motiv.valuation.clv.service;

import io.motiv.valuation.clv.model.PurchaseTimeUnit;

import java.time.LocalDate;

/** What a CLV fit is asked for, validated. */
public record FitSettings(String name, LocalDate calibrationEnd, PurchaseTimeUnit unit, int horizonMonths,
                          double monthlyDiscountRate, String currency) {
}
