package iq.tsh.erp.query.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import javax.sql.DataSource;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One projection handler run inside a savepoint of the batch's transaction. A failure is thus the handler's own: the
 * savepoint is rolled back (the transaction stays usable for the dead-letter insert and the rest of the batch) and
 * the exception reaches the dead-letter policy. Handlers write with plain JDBC, so every statement has run (and
 * failed, if it fails) before the handler returns: nothing is left to fail later at commit.
 */
class IsolatedEventHandler<T> extends WrappedMessageHandlingMember<T> {

    private final DataSource dataSource;

    IsolatedEventHandler(MessageHandlingMember<T> delegate, DataSource dataSource) {
        super(delegate);
        this.dataSource = dataSource;
    }

    @Override
    public Object handle(Message<?> message, T target) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return super.handle(message, target);
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = connection.setSavepoint();
        try {
            Object result = super.handle(message, target);
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (Exception failure) {
            undo(connection, savepoint, failure);
            throw failure;
        }
    }

    /** Back to before the handler: its statements rolled back. */
    private static void undo(Connection connection, Savepoint savepoint, Exception failure) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            // The connection itself is gone: the batch fails as a whole and the processor retries it.
            failure.addSuppressed(e);
        }
    }
}
