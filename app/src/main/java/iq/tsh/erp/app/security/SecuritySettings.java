package iq.tsh.erp.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param jwtSecret       {@code ERP_JWT_SECRET}: the HS256 key of bearer tokens, at least 32 bytes; required with an
 *                        external database, generated for the run in embedded mode
 * @param maxRequestSize  bodies above this are refused with 413 on every endpoint but the webhooks (which have
 *                        their own limit)
 */
@ConfigurationProperties("erp.security")
public record SecuritySettings(String jwtSecret, @DefaultValue("256KB") DataSize maxRequestSize) {

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "SecuritySettings[jwtSecret=" + (jwtSecret == null || jwtSecret.isBlank() ? "unset" : "set")
                + ", maxRequestSize=" + maxRequestSize + "]";
    }
}
