package iq.tsh.erp.audit.fold;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.sales.InvoiceDeleted;
import iq.tsh.erp.api.sales.InvoiceSynced;
import iq.tsh.erp.api.sales.InvoiceVoided;

/**
 * An invoice: snapshots overwrite, a deletion marks it deleted, and {@code voided} says whether the invoice as
 * last stated is void. {@link InvoiceVoided} voids it; a later snapshot with another status (Zoho can turn a void
 * invoice back into a draft) is no longer void, as the snapshot says.
 */
final class InvoiceFold {

    static final String VOIDED = "voided";

    static final AggregateFold FOLD = AggregateFold.of("Invoice")
            .on(InvoiceSynced.class, InvoiceFold::synced)
            .on(InvoiceVoided.class, InvoiceFold::voided)
            .on(InvoiceDeleted.class, InvoiceFold::deleted)
            .build();

    private InvoiceFold() {
    }

    private static void synced(ObjectNode state, ObjectNode payload) {
        Steps.synced(state, payload);
        state.put(VOIDED, "void".equals(payload.path("invoice").path("status").asText()));
    }

    private static void voided(ObjectNode state, ObjectNode payload) {
        Steps.synced(state, payload);
        state.put(VOIDED, true);
    }

    private static void deleted(ObjectNode state, ObjectNode payload) {
        Steps.deleted(state, payload);
        if (!state.has(VOIDED)) {
            state.put(VOIDED, false);
        }
    }
}
