package iq.tsh.erp.api.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import iq.tsh.erp.api.common.ZohoIds;

/**
 * The identifier of a Customer aggregate. It is the Zoho {@code contact_id} with the prefix {@code contact:}, because
 * aggregate identifiers share one column in the event store and Zoho ids of other record kinds could collide.
 */
public record CustomerId(String value) {

    static final String PREFIX = "contact:";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CustomerId {
        ZohoIds.requirePrefixed(value, PREFIX, "contact_id");
    }

    /** The customer of a Zoho contact. */
    public static CustomerId ofContact(String zohoContactId) {
        return new CustomerId(PREFIX + zohoContactId);
    }

    /** The Zoho {@code contact_id}, which is also the {@code sub} of a customer's token. */
    public String contactId() {
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
