package iq.tsh.erp.api.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import iq.tsh.erp.api.common.PrefixedId;

/**
 * The identifier of a CreditNote aggregate. It is the Zoho {@code creditnote_id} with the prefix
 * {@code creditnote:}, because aggregate identifiers share one column in the event store and Zoho ids of other
 * record kinds could collide.
 */
public record CreditNoteId(String value) implements PrefixedId {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CreditNoteId {
        PrefixedId.require(value, "creditnote:", "creditnote_id");
    }

    /** The credit note aggregate of a Zoho credit note. */
    public static CreditNoteId ofZoho(String zohoId) {
        return new CreditNoteId("creditnote:" + zohoId);
    }

    /** The Zoho {@code creditnote_id}. */
    public String zohoId() {
        return unprefixed();
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
