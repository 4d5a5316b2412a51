package iq.tsh.erp.app;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Bearer tokens as a client of the API holds them, signed with the tests' ERP_JWT_SECRET (or forged). */
public final class Tokens {

    /** The test application's ERP_JWT_SECRET: a made-up value for tests only. */
    public static final String SECRET = "test-only-jwt-secret-of-at-least-32-bytes";

    private Tokens() {
    }

    public static String of(String subject, String... roles) {
        return sign(SECRET, subject, List.of(roles), Instant.now().plus(Duration.ofHours(1)));
    }

    public static String ops() {
        return of("ops-user", "OPS");
    }

    public static String auditor() {
        return of("auditor-user", "AUDITOR");
    }

    public static String customer(String contactId) {
        return of(contactId, "CUSTOMER");
    }

    public static String expired(String... roles) {
        return sign(SECRET, "late-user", List.of(roles), Instant.now().minus(Duration.ofMinutes(5)));
    }

    public static String forged(String... roles) {
        return sign("another-secret-that-is-also-32-bytes-long", "forger", List.of(roles),
                Instant.now().plus(Duration.ofHours(1)));
    }

    /**
     * A correctly signed token, valid for an hour, with exactly these claims besides {@code exp}: for tokens a careless
     * issuer might sign ({@code roles} as a string, no {@code sub}...).
     */
    public static String withClaims(java.util.Map<String, Object> claims) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))));
        claims.forEach(builder::claim);
        return sign(SECRET, builder.build());
    }

    /**
     * A correctly signed token whose claims are exactly this JSON text, as written: for claims no JSON library would
     * write for us (an escaped lone surrogate, {@code "sub":"a\\ud800"}). {@code exp} must be in it.
     */
    public static String withPayload(String claimsJson) {
        try {
            com.nimbusds.jose.JWSObject jws = new com.nimbusds.jose.JWSObject(new JWSHeader(JWSAlgorithm.HS256),
                    new com.nimbusds.jose.Payload(claimsJson));
            jws.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String secret, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sign(String secret, String subject, List<String> roles, Instant expires) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).claim("roles", roles)
                    .expirationTime(Date.from(expires)).issueTime(new Date()).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
