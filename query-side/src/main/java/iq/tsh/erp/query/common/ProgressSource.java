package iq.tsh.erp.query.common;

/**
 * A read model the BFF reads its own writes from: it tells how far it has applied an aggregate's events (the
 * {@code last_sequence} of the aggregate's row) and announces each applied event through {@link ProgressUpdates}.
 */
public interface ProgressSource {

    /** The name {@link iq.tsh.erp.api.readmodel.FindProjectionProgress} asks by. */
    String readModel();

    /** The last applied event of the aggregate, -1 when none. */
    long lastApplied(String aggregateId);
}
