package iq.tsh.erp.zoho.webhook;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How Zoho deliveries are authenticated and bounded.
 *
 * @param secret          {@code ZOHO_WEBHOOK_SECRET}; blank accepts unsigned deliveries (embedded mode only)
 * @param previousSecret  {@code ZOHO_WEBHOOK_SECRET_PREVIOUS}, still accepted while Zoho's webhooks are re-keyed
 * @param organizationId  {@code ZOHO_ORGANIZATION_ID}; when set, deliveries from another organisation are refused
 * @param maxBodySize     bodies above this are refused with 413
 * @param baseCurrency    the organisation's base currency, in which item rates are stated
 */
@ConfigurationProperties("erp.zoho.webhooks")
public record ZohoWebhookSettings(
        String secret,
        String previousSecret,
        String organizationId,
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("IQD") String baseCurrency) {

    /** The secrets a signature may be made with, newest first. */
    List<String> secrets() {
        List<String> secrets = new ArrayList<>(2);
        if (secret != null && !secret.isBlank()) {
            secrets.add(secret);
        }
        if (previousSecret != null && !previousSecret.isBlank()) {
            secrets.add(previousSecret);
        }
        return secrets;
    }

    /** Never prints the secrets: settings end up in logs and failure reports. */
    @Override
    public String toString() {
        return "ZohoWebhookSettings[secrets=" + secrets().size() + ", organizationId=" + organizationId
                + ", maxBodySize=" + maxBodySize + ", baseCurrency=" + baseCurrency + "]";
    }
}
