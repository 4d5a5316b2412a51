package iq.tsh.erp.query.common;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One projection handler run inside a savepoint of the batch's transaction, its JPA changes flushed before it
 * returns. A failure is thus the handler's own: the savepoint is rolled back (the transaction stays usable for the
 * dead-letter insert and the rest of the batch) and the exception reaches the dead-letter policy.
 *
 * <p>One case a savepoint cannot save: Hibernate marks the whole transaction rollback-only when a flush fails, so that
 * batch cannot commit whatever follows. The failure is then remembered, and when the processor retries the batch the
 * event fails at once with the same cause, before touching the database, so this time it is dead-lettered and the
 * batch commits. Only non-transient failures are remembered: a transient one is tried again for real.
 */
class IsolatedEventHandler<T> extends WrappedMessageHandlingMember<T> {

    private final DataSource dataSource;
    private final EntityManager entityManager;
    private final Map<String, Exception> failedInLastBatch;

    IsolatedEventHandler(MessageHandlingMember<T> delegate, DataSource dataSource, EntityManager entityManager,
                         Map<String, Exception> failedInLastBatch) {
        super(delegate);
        this.dataSource = dataSource;
        this.entityManager = entityManager;
        this.failedInLastBatch = failedInLastBatch;
    }

    @Override
    public Object handle(Message<?> message, T target) throws Exception {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return super.handle(message, target);
        }
        String key = key(message, target);
        Exception earlier = failedInLastBatch.remove(key);
        if (earlier != null) {
            throw earlier;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = connection.setSavepoint();
        try {
            Object result = super.handle(message, target);
            entityManager.flush();
            connection.releaseSavepoint(savepoint);
            return result;
        } catch (Exception failure) {
            undo(connection, savepoint, failure);
            if (rollbackOnly()) {
                failedInLastBatch.put(key, failure);
            }
            throw failure;
        }
    }

    private static String key(Message<?> message, Object target) {
        String event = message instanceof EventMessage<?> ? message.getIdentifier() : String.valueOf(message);
        return event + "/" + target.getClass().getName();
    }

    /** Back to before the handler: its statements rolled back, its unflushed entities forgotten. */
    private void undo(Connection connection, Savepoint savepoint, Exception failure) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            // The connection itself is gone: the batch fails as a whole and the processor retries it.
            failure.addSuppressed(e);
        }
        entityManager.clear();
    }

    /** Whether Hibernate has doomed the batch's transaction (the shared proxy hides it; the bound one tells). */
    private boolean rollbackOnly() {
        EntityManager bound = EntityManagerFactoryUtils.getTransactionalEntityManager(
                entityManager.getEntityManagerFactory());
        return bound != null && bound.getTransaction().getRollbackOnly();
    }
}
