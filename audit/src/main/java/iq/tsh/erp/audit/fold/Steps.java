package iq.tsh.erp.audit.fold;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The steps most events share: a snapshot's fields overwrite the state's, and the record is (no longer) deleted. */
final class Steps {

    static final String DELETED = "deleted";

    private Steps() {
    }

    /** A whole snapshot: its top-level fields overwrite the state's; the record exists. */
    static void synced(ObjectNode state, ObjectNode payload) {
        state.setAll(payload);
        state.put(DELETED, false);
    }

    /** The record was deleted: what the event says is kept, the rest of the state stays as it was known. */
    static void deleted(ObjectNode state, ObjectNode payload) {
        state.setAll(payload);
        state.put(DELETED, true);
    }

    /** An event that tells part of the record: its fields overwrite; whether the record is deleted does not change. */
    static void changed(ObjectNode state, ObjectNode payload) {
        state.setAll(payload);
        notDeletedUnlessSaid(state);
    }

    /** Every state says whether its record is deleted, also for records that cannot be deleted. */
    static void notDeletedUnlessSaid(ObjectNode state) {
        if (!state.has(DELETED)) {
            state.put(DELETED, false);
        }
    }

    /** Copies the named fields the event has; an absent field leaves the state's. */
    static void copy(ObjectNode state, ObjectNode payload, String... fields) {
        for (String field : fields) {
            if (payload.has(field)) {
                state.set(field, payload.get(field));
            }
        }
    }
}
