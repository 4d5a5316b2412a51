package iq.tsh.erp.api.address;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Replace an address's details and optionally make it a default; answers {@link AddressBookView}. A {@code false}
 * flag does not take a default away: there is always a default while the book has addresses, so another address has
 * to be chosen instead.
 */
public record ChangeAddress(
        @TargetAggregateIdentifier AddressBookId addressBookId,
        String customerId,
        String addressId,
        AddressDetails details,
        boolean defaultShipping,
        boolean defaultBilling,
        Instant at) {
}
