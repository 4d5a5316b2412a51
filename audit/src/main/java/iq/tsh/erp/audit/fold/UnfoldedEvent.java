package iq.tsh.erp.audit.fold;

/**
 * A stored event that the state does not include, and why: the auditor sees that the state may be incomplete and
 * which event to read in the history instead.
 *
 * @param type        the simple class name, as the history shows it
 * @param payloadType the class name as stored
 */
public record UnfoldedEvent(long sequence, long globalIndex, String type, String payloadType, String reason) {
}
