package iq.tsh.erp.api.purchase;

import com.fasterxml.jackson.annotation.JsonCreator;
import iq.tsh.erp.api.common.PrefixedId;

/**
 * The identifier of a Bill aggregate: the Zoho {@code bill_id} with the prefix {@code bill:}, because aggregate
 * identifiers share one column in the event store and Zoho ids of other record kinds could collide.
 */
public record BillId(String value) implements PrefixedId {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public BillId {
        PrefixedId.require(value, "bill:", "bill_id");
    }

    /** The aggregate of a Zoho bill. */
    public static BillId ofBill(String zohoBillId) {
        return new BillId("bill:" + zohoBillId);
    }

    /** The Zoho {@code bill_id}. */
    public String billId() {
        return unprefixed();
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
