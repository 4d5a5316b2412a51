package iq.tsh.erp.api.address;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The customer rewrote an address; {@code details} replace the old ones whole. */
public record AddressChanged(AddressBookId addressBookId, String customerId, String addressId, AddressDetails details,
                             Instant at) implements DomainEvent {
}
