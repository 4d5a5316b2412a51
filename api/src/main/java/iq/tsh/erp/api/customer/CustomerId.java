package iq.tsh.erp.api.customer;

import com.fasterxml.jackson.annotation.JsonCreator;
import iq.tsh.erp.api.common.PrefixedId;

/**
 * The identifier of a Customer aggregate. It is the Zoho {@code contact_id} with the prefix {@code contact:}, because
 * aggregate identifiers share one column in the event store and Zoho ids of other record kinds could collide.
 */
public record CustomerId(String value) implements PrefixedId {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public CustomerId {
        PrefixedId.require(value, "contact:", "contact_id");
    }

    /** The customer of a Zoho contact. */
    public static CustomerId ofContact(String zohoContactId) {
        return new CustomerId("contact:" + zohoContactId);
    }

    /** The Zoho {@code contact_id}, which is also the {@code sub} of a customer's token. */
    public String contactId() {
        return unprefixed();
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
