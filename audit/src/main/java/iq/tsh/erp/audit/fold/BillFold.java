package iq.tsh.erp.audit.fold;

import iq.tsh.erp.api.purchase.BillDeleted;
import iq.tsh.erp.api.purchase.BillSynced;

/** A bill: Zoho's snapshot overwrites, a deletion marks it deleted until a later snapshot. */
final class BillFold {

    static final AggregateFold FOLD = AggregateFold.of("Bill")
            .on(BillSynced.class, Steps::synced)
            .on(BillDeleted.class, Steps::deleted)
            .build();

    private BillFold() {
    }
}
