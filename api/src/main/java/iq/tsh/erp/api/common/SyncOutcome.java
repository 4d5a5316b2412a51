package iq.tsh.erp.api.common;

/**
 * What an aggregate made of one snapshot sent by Zoho: the webhook answer reports it.
 * Commands that sync Zoho records return it, so the adapter never has to guess from the absence of events.
 */
public enum SyncOutcome {
    /** The delivery changed what we know: events were stored. */
    ACCEPTED,
    /** The delivery says nothing new: no event. */
    UNCHANGED,
    /** The delivery is older than what we already know (by Zoho's modification time): ignored. */
    STALE;

    /** The outcome of a delivery that touched several records: accepted if any record changed. */
    public SyncOutcome combine(SyncOutcome other) {
        if (this == ACCEPTED || other == ACCEPTED) {
            return ACCEPTED;
        }
        if (this == UNCHANGED || other == UNCHANGED) {
            return UNCHANGED;
        }
        return STALE;
    }
}
