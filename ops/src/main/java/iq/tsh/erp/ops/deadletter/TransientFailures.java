package iq.tsh.erp.ops.deadletter;

import iq.tsh.erp.api.common.Causes;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures that say nothing about the event: the database is away, a deadlock, a lock or statement timeout, or the
 * worker interrupted (the node is stopping, or Axon gave up on a batch that waited too long). Parking events for
 * those would fill the dead-letter queue with healthy events, so the whole batch is retried instead.
 */
public final class TransientFailures {

    /** PostgreSQL: serialization failure, deadlock, lock not available, query cancelled, too many connections. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03", "57014", "53300");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        return Causes.any(failure, TransientFailures::saysNothingAboutTheEvent);
    }

    private static boolean saysNothingAboutTheEvent(Throwable cause) {
        if (cause instanceof InterruptedException
                || cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                || cause instanceof CannotGetJdbcConnectionException
                || cause instanceof CannotCreateTransactionException || cause instanceof SQLTransientException) {
            return true;
        }
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()));
    }
}
