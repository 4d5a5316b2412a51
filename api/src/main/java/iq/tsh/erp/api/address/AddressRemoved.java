package iq.tsh.erp.api.address;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The customer removed an address from their book. */
public record AddressRemoved(AddressBookId addressBookId, String customerId, String addressId, Instant at) implements DomainEvent {
}
