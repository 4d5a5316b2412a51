package iq.tsh.erp.api.address;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The customer added an address to their book. */
public record AddressAdded(AddressBookId addressBookId, String customerId, String addressId, AddressDetails details,
                           Instant at) implements DomainEvent {
}
