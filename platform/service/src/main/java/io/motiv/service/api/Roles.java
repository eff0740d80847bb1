package io.motiv.service.api;

/**
 * The realm roles of Keycloak realm {@code motiv} (deploy/keycloak). Higher roles include lower ones in the realm
 * (admin > steward > analyst > viewer), but services list every role that may call an operation, so a token
 * from another issuer with flat roles is judged the same way.
 */
public final class Roles {

    /** Reads segments and valuations. */
    public static final String VIEWER = "viewer";
    /** Also runs segmentations and sets market inputs. */
    public static final String ANALYST = "analyst";
    /** Also reads and changes personal data, consent; exports and erases. */
    public static final String STEWARD = "steward";
    /** Also manages instruments and configuration. */
    public static final String ADMIN = "admin";
    /** A partner system (client credentials): writes purchases and survey responses, reads segment tags. */
    public static final String PARTNER = "partner";

    private Roles() {
    }
}
