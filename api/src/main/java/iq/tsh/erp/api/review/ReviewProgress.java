package iq.tsh.erp.api.review;

/** The last event sequence of a review the read model applied; -1 when it has none yet. */
public record ReviewProgress(long lastSequence) {
}
