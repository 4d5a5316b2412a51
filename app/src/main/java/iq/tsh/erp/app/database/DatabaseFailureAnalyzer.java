package iq.tsh.erp.app.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a database misconfiguration at start-up as one clear line instead of a wall of stack traces. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseConfigurationException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix DATABASE_URL (postgresql://user:pass@host:port/db or jdbc:postgresql://...), "
                        + "or unset it to use the embedded PostgreSQL in ERP_DATA_DIR.", cause);
    }
}
