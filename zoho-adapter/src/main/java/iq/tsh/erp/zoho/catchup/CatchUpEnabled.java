package iq.tsh.erp.zoho.catchup;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The catch-up exists only when switched on and Zoho's OAuth client and refresh token are configured. */
class CatchUpEnabled extends SpringBootCondition {

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean on = Binder.get(context.getEnvironment()).bind("erp.zoho.api", ZohoApiSettings.class)
                .map(ZohoApiSettings::catchUpOn).orElse(false);
        return on ? ConditionOutcome.match("Zoho API credentials are set")
                : ConditionOutcome.noMatch("erp.zoho.api client-id, client-secret and refresh-token are not all set,"
                        + " or enabled is false");
    }
}
