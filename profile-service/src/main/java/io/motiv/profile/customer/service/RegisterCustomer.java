package io.motiv.profile.customer.service;

import io.motiv.events.profile.CustomerKind;
import io.motiv.profile.customer.profile.ProfileData;

/** What registering a customer needs; {@code actor} is who asks (for the audit log). */
public record RegisterCustomer(String source, String externalRef, CustomerKind kind, ProfileData profile, String actor) {
}
