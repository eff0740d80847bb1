package io.motiv.profile.customer.profile;

public enum AttributeType {
    STRING,
    NUMBER,
    BOOLEAN,
    DATE
}
