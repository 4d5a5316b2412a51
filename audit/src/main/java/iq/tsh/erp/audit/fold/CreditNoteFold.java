package iq.tsh.erp.audit.fold;

import iq.tsh.erp.api.sales.CreditNoteDeleted;
import iq.tsh.erp.api.sales.CreditNoteSynced;

/** A credit note: Zoho's snapshot overwrites, a deletion marks it deleted until a later snapshot. */
final class CreditNoteFold {

    static final AggregateFold FOLD = AggregateFold.of("CreditNote")
            .on(CreditNoteSynced.class, Steps::synced)
            .on(CreditNoteDeleted.class, Steps::deleted)
            .build();

    private CreditNoteFold() {
    }
}
