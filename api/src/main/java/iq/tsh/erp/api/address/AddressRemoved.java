package iq.tsh.erp.api.address;

import java.time.Instant;

/** The customer removed an address from their book. */
public record AddressRemoved(AddressBookId addressBookId, String customerId, String addressId, Instant at) {
}
