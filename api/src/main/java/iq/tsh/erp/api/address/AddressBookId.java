package iq.tsh.erp.api.address;

import com.fasterxml.jackson.annotation.JsonCreator;
import iq.tsh.erp.api.common.PrefixedId;

/**
 * The identifier of an AddressBook aggregate: one book per customer, so it is the customer's Zoho contact id with the
 * prefix {@code addressbook:} (aggregate identifiers share one column in the event store).
 */
public record AddressBookId(String value) implements PrefixedId {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public AddressBookId {
        PrefixedId.require(value, "addressbook:", "contact_id");
    }

    /** The address book of one customer (Zoho contact id, the {@code sub} of their token). */
    public static AddressBookId of(String customerId) {
        return new AddressBookId("addressbook:" + customerId);
    }

    public String customerId() {
        return unprefixed();
    }

    /** Axon stores {@code toString()} as the aggregate identifier: it must be the raw value. */
    @Override
    public String toString() {
        return value;
    }
}
