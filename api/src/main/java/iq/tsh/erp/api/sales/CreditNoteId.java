package iq.tsh.erp.api.sales;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import iq.tsh.erp.api.common.ZohoIds;

/**
 * The identifier of a CreditNote aggregate. It is the Zoho {@code creditnote_id} with the prefix
 * {@code creditnote:}, because aggregate identifiers share one column in the event store and Zoho ids of other
 * record kinds could collide.
 */
public record CreditNoteId(String value) {

    static final String PREFIX = "creditnote:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CreditNoteId {
        ZohoIds.requirePrefixed(value, PREFIX, "creditnote_id");
    }

    /** The credit note aggregate of a Zoho credit note. */
    public static CreditNoteId ofZoho(String zohoId) {
        return new CreditNoteId(PREFIX + zohoId);
    }

    /** The Zoho {@code creditnote_id}. */
    public String zohoId() {
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
