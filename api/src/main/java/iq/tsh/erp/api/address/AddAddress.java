package iq.tsh.erp.api.address;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add an address (its id chosen by the sender) to the customer's book; answers {@link AddressBookView}. The first
 * address becomes both defaults whatever the flags say.
 */
public record AddAddress(
        @TargetAggregateIdentifier AddressBookId addressBookId,
        String customerId,
        String addressId,
        AddressDetails details,
        boolean defaultShipping,
        boolean defaultBilling,
        Instant at) {
}
