package io.motiv.profile.consent.service;

import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;

import java.time.Instant;
import java.util.UUID;

/** @param decidedAt when the customer decided; now when not given */
public record RecordConsent(UUID customerId, ConsentPurpose purpose, ConsentStatus status, String source,
                            String legalTextVersion, Instant decidedAt) {
}
