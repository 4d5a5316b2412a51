package iq.tsh.erp.api.readmodel;

/** The sequence of the last event of an aggregate that a read model applied; -1 when it has applied none. */
public record ProjectionProgress(long lastSequence) {

    public static final ProjectionProgress NONE = new ProjectionProgress(-1);

    public boolean reached(long sequence) {
        return lastSequence >= sequence;
    }
}
