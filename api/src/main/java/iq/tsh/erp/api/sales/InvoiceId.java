package iq.tsh.erp.api.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import iq.tsh.erp.api.common.PrefixedId;

/**
 * The identifier of a Invoice aggregate. It is the Zoho {@code invoice_id} with the prefix {@code invoice:}, because
 * aggregate identifiers share one column in the event store and Zoho ids of other record kinds could collide.
 */
public record InvoiceId(String value) implements PrefixedId {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public InvoiceId {
        PrefixedId.require(value, "invoice:", "invoice_id");
    }

    /** The invoice aggregate of a Zoho invoice. */
    public static InvoiceId ofZoho(String zohoId) {
        return new InvoiceId("invoice:" + zohoId);
    }

    /** The Zoho {@code invoice_id}. */
    public String zohoId() {
        return unprefixed();
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
