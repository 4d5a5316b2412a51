package iq.tsh.erp.app.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HS256 key tokens are signed with: {@code ERP_JWT_SECRET}, or, in embedded mode only, a random key for this run
 * (then tokens die with the process, and {@link LocalTokens} prints some for local use).
 */
public record SigningKey(SecretKey key, boolean generated) {

    static final int MIN_BYTES = 32;

    static SigningKey of(String secret, boolean embedded) {
        if (secret == null || secret.isBlank()) {
            if (!embedded) {
                throw new SecurityConfigurationException("ERP_JWT_SECRET is required when DATABASE_URL is set");
            }
            byte[] random = new byte[MIN_BYTES];
            new SecureRandom().nextBytes(random);
            return new SigningKey(new SecretKeySpec(random, "HmacSHA256"), true);
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_BYTES) {
            throw new SecurityConfigurationException("ERP_JWT_SECRET must be at least " + MIN_BYTES
                    + " bytes for HS256, it has " + bytes.length);
        }
        return new SigningKey(new SecretKeySpec(bytes, "HmacSHA256"), false);
    }

    @Override
    public String toString() {
        return "SigningKey[generated=" + generated + "]";
    }
}
