package iq.tsh.erp.api.address;

import java.time.Instant;

/**
 * One address of a book and whether it is a default.
 *
 * @param position the book's sequence at which the address was added: a later address has a higher position
 */
public record SavedAddress(
        String addressId,
        AddressDetails details,
        boolean defaultShipping,
        boolean defaultBilling,
        long position,
        Instant addedAt) {
}
