package iq.tsh.erp.api.address;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A customer's addresses in the order the app shows them: the default shipping address first, then the default
 * billing address, then the newest. The answer of every address-book command (the state right after it) and of
 * {@link FindAddresses}.
 */
public record AddressBookView(String customerId, List<SavedAddress> addresses) {

    private static final Comparator<SavedAddress> DISPLAY_ORDER = Comparator
            .comparing((SavedAddress a) -> !a.defaultShipping())
            .thenComparing(a -> !a.defaultBilling())
            .thenComparing(SavedAddress::position, Comparator.reverseOrder());

    public AddressBookView {
        addresses = List.copyOf(addresses);
    }

    /** The view of these addresses, put in display order. */
    public static AddressBookView ordered(String customerId, Collection<SavedAddress> addresses) {
        return new AddressBookView(customerId, addresses.stream().sorted(DISPLAY_ORDER).toList());
    }

    public Optional<SavedAddress> find(String addressId) {
        return addresses.stream().filter(a -> a.addressId().equals(addressId)).findFirst();
    }
}
