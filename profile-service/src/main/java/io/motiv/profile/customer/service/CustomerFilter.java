package io.motiv.profile.customer.service;

import io.motiv.events.profile.ConsentPurpose;
import io.motiv.events.profile.ConsentStatus;
import io.motiv.events.profile.CustomerKind;
import io.motiv.profile.customer.profile.AgeBand;

import java.time.Instant;

/**
 * Which customers to list; every criterion is optional and they all apply together.
 *
 * @param consentStatus with consentPurpose: the customer's current decision for that purpose; null status with a
 *                      purpose means "never decided"
 */
public record CustomerFilter(CustomerKind kind, String country, AgeBand ageBand, String segmentationId, String segmentId,
                             ConsentPurpose consentPurpose, ConsentStatus consentStatus, boolean consentNeverDecided,
                             Instant createdFrom, Instant createdTo, Instant updatedFrom, Instant updatedTo) {

    public static final CustomerFilter ALL = new CustomerFilter(null, null, null, null, null, null, null, false, null,
            null, null, null);
}
