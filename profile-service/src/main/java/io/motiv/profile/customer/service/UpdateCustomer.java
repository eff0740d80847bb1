package io.motiv.profile.customer.service;

import io.motiv.profile.customer.profile.ProfileData;

import java.util.UUID;

/** A partial update; {@code version} is the version the caller read (optimistic concurrency). */
public record UpdateCustomer(UUID id, long version, ProfileData profile, String actor) {
}
