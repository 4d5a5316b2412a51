package iq.tsh.erp.audit.fold;

import iq.tsh.erp.api.customer.CustomerDeleted;
import iq.tsh.erp.api.customer.CustomerSynced;

/** A customer: Zoho's snapshot overwrites, a deletion marks it deleted until a later snapshot. */
final class CustomerFold {

    static final AggregateFold FOLD = AggregateFold.of("Customer")
            .on(CustomerSynced.class, Steps::synced)
            .on(CustomerDeleted.class, Steps::deleted)
            .build();

    private CustomerFold() {
    }
}
