package iq.tsh.erp.app.axon;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Axon's embedded event store, waking the idle workers when the events are really committed.
 *
 * <p>Axon wakes its event reader in the unit of work's after-commit phase. A webhook stores its inbox row and sends its
 * command inside one Spring transaction, so Axon's unit of work joins it and "commits" before PostgreSQL does: the
 * reader looked, found nothing yet, and slept a whole poll interval ({@code TDS_QUEUE_POLL_INTERVAL_MS}, a second)
 * while the event sat committed. Here the wake-up waits for the surrounding transaction's commit when there is one.
 * Events committed by another node still wait for the next poll: no node hears another's commits.
 */
final class CommitAwareEventStore extends EmbeddedEventStore {

    CommitAwareEventStore(Builder builder) {
        super(builder);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wakeReaders(events);
                }
            });
        } else {
            wakeReaders(events);
        }
    }

    private void wakeReaders(List<? extends EventMessage<?>> events) {
        super.afterCommit(events);
    }
}
