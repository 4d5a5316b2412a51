package iq.tsh.erp.api;

/**
 * A fact an aggregate stored in the event store. Every event record implements it, so readers of the whole store
 * (the auditors' state-as-of) can be checked to know every event there is; it adds nothing to the stored JSON.
 */
public interface DomainEvent {
}
