package iq.tsh.erp.query.address;

import iq.tsh.erp.api.address.AddressAdded;
import iq.tsh.erp.api.address.AddressBookView;
import iq.tsh.erp.api.address.AddressChanged;
import iq.tsh.erp.api.address.AddressRemoved;
import iq.tsh.erp.api.address.DefaultBillingAddressChosen;
import iq.tsh.erp.api.address.DefaultShippingAddressChosen;
import iq.tsh.erp.api.address.SavedAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;

/** An address book folded straight from its stored events: the answer while the projection has not caught up yet. */
final class AddressFold {

    private final Map<String, SavedAddress> addresses = new LinkedHashMap<>();
    private String defaultShippingId;
    private String defaultBillingId;

    private AddressFold() {
    }

    static AddressBookView of(String customerId, List<? extends DomainEventMessage<?>> events) {
        AddressFold fold = new AddressFold();
        events.forEach(event -> fold.apply(event.getPayload(), event.getSequenceNumber()));
        return AddressBookView.ordered(customerId, fold.addresses.values().stream()
                .map(a -> new SavedAddress(a.addressId(), a.details(),
                        Objects.equals(a.addressId(), fold.defaultShippingId),
                        Objects.equals(a.addressId(), fold.defaultBillingId), a.position(), a.addedAt()))
                .toList());
    }

    private void apply(Object payload, long sequence) {
        if (payload instanceof AddressAdded added) {
            addresses.put(added.addressId(), new SavedAddress(added.addressId(), added.details(), false, false,
                    sequence, added.at()));
        } else if (payload instanceof AddressChanged changed) {
            SavedAddress old = addresses.get(changed.addressId());
            addresses.put(changed.addressId(), new SavedAddress(old.addressId(), changed.details(), false, false,
                    old.position(), old.addedAt()));
        } else if (payload instanceof AddressRemoved removed) {
            addresses.remove(removed.addressId());
        } else if (payload instanceof DefaultShippingAddressChosen chosen) {
            defaultShippingId = chosen.addressId();
        } else if (payload instanceof DefaultBillingAddressChosen chosen) {
            defaultBillingId = chosen.addressId();
        }
    }
}
