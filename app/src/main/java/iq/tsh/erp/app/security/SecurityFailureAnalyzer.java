package iq.tsh.erp.app.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A missing or weak secret stops start-up with one clear line. */
class SecurityFailureAnalyzer extends AbstractFailureAnalyzer<SecurityConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecurityConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set ERP_JWT_SECRET (32+ random bytes) and ZOHO_WEBHOOK_SECRET in the environment; "
                        + "they are optional only with the embedded database.", cause);
    }
}
