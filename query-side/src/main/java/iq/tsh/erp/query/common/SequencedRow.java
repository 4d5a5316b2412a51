package iq.tsh.erp.query.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A read-table row fed by the events of one aggregate. It remembers the sequence of the last event it applied:
 * events of one aggregate arrive in order, so a sequence at or below it is a replay or a redelivery to ignore.
 */
@MappedSuperclass
public abstract class SequencedRow {

    @Column(name = "last_sequence")
    private long lastSequence = -1;
    @Column(name = "updated_at")
    private Instant updatedAt;

    /** Whether the event at this aggregate sequence was already applied. */
    public boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    public void markApplied(long sequence, Instant at) {
        lastSequence = sequence;
        updatedAt = at;
    }
}
