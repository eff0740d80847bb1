package io.motiv.profile.customer.profile;

/** A company's own attribute of a customer: typed, its value kept as text in a canonical form. */
public record Attribute(AttributeType type, String value) {
}
