package iq.tsh.erp.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.audit.fold.HistoryFold;
import iq.tsh.erp.audit.fold.UnfoldedEvent;
import java.util.List;

/**
 * Rebuilds what the system knew of a record from its stored events, in order, through the fold of its aggregate
 * type ({@link HistoryFold}: each fold knows its events by their exact api classes, and lists what it cannot fold
 * instead of guessing), and remembers which stored event was the last.
 */
final class StateFold {

    private final HistoryFold history = new HistoryFold();
    private StoredEvent last;
    private long count;

    void apply(StoredEvent event) {
        history.apply(event.sequence(), event.globalIndex(), event.type(), event.payloadType(),
                AuditJson.tree(event.payload()));
        last = event;
        count++;
    }

    boolean isEmpty() {
        return last == null;
    }

    StoredEvent last() {
        return last;
    }

    long count() {
        return count;
    }

    ObjectNode state() {
        return history.state();
    }

    List<UnfoldedEvent> unfolded() {
        return history.unfolded();
    }
}
