package iq.tsh.erp.api.address;

import java.util.Objects;

/**
 * A customer's addresses in display order (defaults first); answers {@link AddressBookView}, empty for a customer
 * without any. Reads its own writes: a change the book has stored is in the answer.
 */
public record FindAddresses(String customerId) {

    public FindAddresses {
        Objects.requireNonNull(customerId, "customerId");
    }
}
