package io.motiv.profile;

import io.motiv.profile.customer.profile.Attribute;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Types Jackson maps by reflection that Quarkus does not register for a native executable by itself: the records
 * inside JSON columns ({@code Customer.attributes}). Entities, GraphQL and REST types are registered by their
 * extensions; the event records by platform/messaging.
 */
@RegisterForReflection(targets = Attribute.class)
final class NativeReflection {

    private NativeReflection() {
    }
}
