package iq.tsh.erp.audit.fold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.address.AddressAdded;
import iq.tsh.erp.api.address.AddressChanged;
import iq.tsh.erp.api.address.AddressRemoved;
import iq.tsh.erp.api.address.DefaultBillingAddressChosen;
import iq.tsh.erp.api.address.DefaultShippingAddressChosen;

/**
 * A customer's address book: its {@code addresses} (in the order added, each with its latest details) and which
 * are the default shipping and billing addresses ({@code null} when none). Overwriting the state with each event's
 * fields would show one address, and a default's id as if it were the last address changed.
 */
final class AddressBookFold {

    private static final String ADDRESS_ID = "addressId";
    private static final String SHIPPING = "defaultShippingAddressId";
    private static final String BILLING = "defaultBillingAddressId";

    static final AggregateFold FOLD = AggregateFold.of("AddressBook")
            .on(AddressAdded.class, AddressBookFold::added)
            .on(AddressChanged.class, AddressBookFold::changed)
            .on(AddressRemoved.class, AddressBookFold::removed)
            .on(DefaultShippingAddressChosen.class, (state, chosen) -> chosen(state, chosen, SHIPPING))
            .on(DefaultBillingAddressChosen.class, (state, chosen) -> chosen(state, chosen, BILLING))
            .build();

    private AddressBookFold() {
    }

    private static void added(ObjectNode state, ObjectNode added) {
        ArrayNode addresses = touched(state, added);
        ObjectNode address = addresses.objectNode();
        address.set(ADDRESS_ID, added.get(ADDRESS_ID));
        address.set("details", added.get("details"));
        address.set("addedAt", added.get("at"));
        int at = Lines.indexOf(addresses, ADDRESS_ID, added.get(ADDRESS_ID));
        if (at < 0) {
            addresses.add(address);
        } else {
            addresses.set(at, address);
        }
    }

    private static void changed(ObjectNode state, ObjectNode changed) {
        ArrayNode addresses = touched(state, changed);
        int at = Lines.indexOf(addresses, ADDRESS_ID, changed.get(ADDRESS_ID));
        if (at < 0) {
            // The aggregate refuses a change to an address it does not hold: kept as stated rather than dropped.
            addresses.addObject().set(ADDRESS_ID, changed.get(ADDRESS_ID));
            at = addresses.size() - 1;
        }
        ObjectNode address = (ObjectNode) addresses.get(at);
        address.set("details", changed.get("details"));
        address.set("changedAt", changed.get("at"));
    }

    private static void removed(ObjectNode state, ObjectNode removed) {
        ArrayNode addresses = touched(state, removed);
        int at = Lines.indexOf(addresses, ADDRESS_ID, removed.get(ADDRESS_ID));
        if (at >= 0) {
            addresses.remove(at);
        }
    }

    private static void chosen(ObjectNode state, ObjectNode chosen, String which) {
        touched(state, chosen);
        state.set(which, chosen.get(ADDRESS_ID));
    }

    private static ArrayNode touched(ObjectNode state, ObjectNode event) {
        Steps.copy(state, event, "addressBookId", "customerId", "at");
        JsonNode addresses = state.get("addresses");
        ArrayNode array = addresses instanceof ArrayNode existing ? existing : state.putArray("addresses");
        if (!state.has(SHIPPING)) {
            state.putNull(SHIPPING);
        }
        if (!state.has(BILLING)) {
            state.putNull(BILLING);
        }
        Steps.notDeletedUnlessSaid(state);
        return array;
    }
}
