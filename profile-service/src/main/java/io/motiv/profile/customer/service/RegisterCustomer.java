package io.motiv.profile.customer.service;

import io.motiv.events.profile.CustomerKind;

/** What registering a customer needs. */
public record RegisterCustomer(String source, String externalRef, CustomerKind kind) {
}
