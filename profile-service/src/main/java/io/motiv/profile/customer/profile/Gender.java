package io.motiv.profile.customer.profile;

public enum Gender {
    FEMALE,
    MALE,
    DIVERSE,
    UNDISCLOSED
}
