package io.motiv.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Access tokens shaped like Keycloak's (roles in {@code realm_access.roles}, audience {@code motiv-api}), signed with
 * the key that quarkus-test-oidc-server's {@code OidcWiremockTestResource} publishes in its JWKS.
 */
public final class TestTokens {

    /** The issuer OidcWiremockTestResource announces; services under test set {@code quarkus.oidc.token.issuer} to it. */
    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "motiv-api";
    private static final String SIGNING_KEY = "privateKey.jwk";

    private String subject = "alice";
    private List<String> roles = List.of();
    private String audience = AUDIENCE;
    private String issuer = ISSUER;
    private long lifetimeSeconds = 300;
    private String clientId;

    private TestTokens() {
    }

    /** A valid user token with these realm roles. */
    public static String forRoles(String subject, String... roles) {
        return token().subject(subject).roles(roles).sign();
    }

    /** A client-credentials token of a partner system (role {@code partner}). */
    public static String forPartner(String clientId) {
        return token().subject("service-account-" + clientId).clientId(clientId).roles("partner").sign();
    }

    public static TestTokens token() {
        return new TestTokens();
    }

    public TestTokens subject(String subject) {
        this.subject = subject;
        return this;
    }

    public TestTokens roles(String... roles) {
        this.roles = List.of(roles);
        return this;
    }

    public TestTokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public TestTokens issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    /** Negative for a token that has already expired. */
    public TestTokens lifetimeSeconds(long lifetimeSeconds) {
        this.lifetimeSeconds = lifetimeSeconds;
        return this;
    }

    public TestTokens clientId(String clientId) {
        this.clientId = clientId;
        return this;
    }

    public String sign() {
        Instant now = Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(subject)
                .audience(audience)
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles", roles))
                .issuedAt(now.minusSeconds(lifetimeSeconds < 0 ? 600 : 0))
                .expiresAt(now.plusSeconds(lifetimeSeconds));
        if (clientId != null) {
            claims.claim("azp", clientId).claim("client_id", clientId);
        }
        return claims.jws().keyId("1").sign(SIGNING_KEY);
    }
}
