package iq.tsh.erp.query.common;

import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * One aggregate's events as stored, for read models a user must see their own change in (cart, addresses): a query
 * compares the projection's last applied sequence with the store's and, while the projection lags, folds the
 * aggregate's few events itself instead of answering the state before the user's change.
 */
@Component
public class StoredEvents {

    private final EventStore eventStore;

    StoredEvents(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The sequence of the aggregate's newest stored event, -1 when it has none (one index lookup). */
    public long lastSequence(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
    }

    /** Every stored event of the aggregate from its first (never from a snapshot), oldest first. */
    public List<? extends DomainEventMessage<?>> of(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().toList();
    }
}
