package iq.tsh.erp.zoho.catchup;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Zoho's API can be called: the OAuth client and refresh token are configured (the job may still be off). */
class ZohoApiCredentials extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean present = Binder.get(context.getEnvironment()).bind("erp.zoho.api", ZohoApiSettings.class)
                .map(ZohoApiSettings::hasCredentials).orElse(false);
        return present ? ConditionOutcome.match("Zoho API credentials are set")
                : ConditionOutcome.noMatch("erp.zoho.api client-id, client-secret and refresh-token are not all set");
    }
}
