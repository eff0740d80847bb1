package io.motiv.profile.customer.profile;

public enum Channel {
    WEB,
    MOBILE_APP,
    STORE,
    PHONE,
    EMAIL,
    SOCIAL,
    PARTNER
}
