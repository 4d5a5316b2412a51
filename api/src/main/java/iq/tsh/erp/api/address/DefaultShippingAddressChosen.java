package iq.tsh.erp.api.address;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/**
 * Deliveries go to this address unless the customer picks another; it replaces the earlier default.
 *
 * @param addressId {@code null} when the book's last address was removed
 */
public record DefaultShippingAddressChosen(AddressBookId addressBookId, String customerId, String addressId,
                                           Instant at) implements DomainEvent {
}
