package iq.tsh.erp.audit.fold;

import iq.tsh.erp.api.pricing.PriceListDeleted;
import iq.tsh.erp.api.pricing.PriceListSynced;

/** A price list: Zoho's snapshot overwrites, a deletion marks it deleted until a later snapshot. */
final class PriceListFold {

    static final AggregateFold FOLD = AggregateFold.of("PriceList")
            .on(PriceListSynced.class, Steps::synced)
            .on(PriceListDeleted.class, Steps::deleted)
            .build();

    private PriceListFold() {
    }
}
