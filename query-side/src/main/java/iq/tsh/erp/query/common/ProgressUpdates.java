package iq.tsh.erp.query.common;

import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.api.readmodel.ProjectionProgress;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Tells subscribers of {@link FindProjectionProgress} that a read model has applied an aggregate's event. Axon sends
 * an update emitted inside the batch's unit of work only after it commits, so a subscriber told "applied" reads it.
 * The update reaches subscribers on this node only; the BFF also re-asks the query (see ReadYourWrites in bff).
 */
@Component
public class ProgressUpdates {

    private final QueryUpdateEmitter emitter;

    public ProgressUpdates(QueryUpdateEmitter emitter) {
        this.emitter = emitter;
    }

    /** Called for every event handled, applied now or before (a redelivery), so a waiting writer is released. */
    public void applied(String readModel, String aggregateId, long sequence) {
        emitter.emit(FindProjectionProgress.class,
                query -> query.readModel().equals(readModel) && query.aggregateId().equals(aggregateId),
                new ProjectionProgress(sequence));
    }
}
