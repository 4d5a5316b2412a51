package iq.tsh.erp.api.purchase;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import iq.tsh.erp.api.common.ZohoIds;

/**
 * The identifier of a Bill aggregate: the Zoho {@code bill_id} with the prefix {@code bill:}, because aggregate
 * identifiers share one column in the event store and Zoho ids of other record kinds could collide.
 */
public record BillId(String value) {

    static final String PREFIX = "bill:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public BillId {
        ZohoIds.requirePrefixed(value, PREFIX, "bill_id");
    }

    /** The aggregate of a Zoho bill. */
    public static BillId ofBill(String zohoBillId) {
        return new BillId(PREFIX + zohoBillId);
    }

    /** The Zoho {@code bill_id}. */
    public String billId() {
        return value.substring(PREFIX.length());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
