package iq.tsh.erp.app.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of the server slow or numerous clients may hold: request bodies are read by at most this many threads at
 * once per audience (Zoho's webhooks, everything else), each within a time limit, so the remaining threads always
 * serve health checks and reads.
 *
 * @param webhookBodyReaders bodies of webhook deliveries read at once; more wait in Zoho's retry (503)
 * @param apiBodyReaders     bodies of all other requests read at once
 * @param bodyReadTimeout    the longest a whole body may take to arrive (408 after it)
 */
@ConfigurationProperties("erp.server")
public record ClientLimits(
        @DefaultValue("48") int webhookBodyReaders,
        @DefaultValue("48") int apiBodyReaders,
        @DefaultValue("10s") Duration bodyReadTimeout) {

    public ClientLimits {
        if (webhookBodyReaders < 1 || apiBodyReaders < 1) {
            throw new IllegalArgumentException("erp.server body readers must be at least 1");
        }
        if (bodyReadTimeout.isNegative() || bodyReadTimeout.isZero()) {
            throw new IllegalArgumentException("erp.server.body-read-timeout must be positive");
        }
    }
}
