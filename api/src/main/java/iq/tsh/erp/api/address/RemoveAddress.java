package iq.tsh.erp.api.address;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Remove an address; a default passes to the most recently added address left. Answers {@link AddressBookView}. */
public record RemoveAddress(
        @TargetAggregateIdentifier AddressBookId addressBookId, String customerId, String addressId, Instant at) {
}
