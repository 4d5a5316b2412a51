package iq.tsh.erp.app.security;

import iq.tsh.erp.app.database.DatabaseSettings;
import iq.tsh.erp.zoho.webhook.ZohoWebhookSettings;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * With an external database the system is in production mode: unsigned webhooks and unsigned tokens are never
 * acceptable there, so both secrets must be set before anything starts.
 */
@Component
class ProductionSecrets implements InitializingBean {

    private final DatabaseSettings database;
    private final ZohoWebhookSettings webhooks;

    ProductionSecrets(DatabaseSettings database, ZohoWebhookSettings webhooks) {
        this.database = database;
        this.webhooks = webhooks;
    }

    @Override
    public void afterPropertiesSet() {
        if (!database.isEmbedded() && (webhooks.secret() == null || webhooks.secret().isBlank())) {
            throw new SecurityConfigurationException("ZOHO_WEBHOOK_SECRET is required when DATABASE_URL is set");
        }
    }
}
