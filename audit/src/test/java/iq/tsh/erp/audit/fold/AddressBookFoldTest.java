package iq.tsh.erp.audit.fold;

import static iq.tsh.erp.audit.fold.Stored.stateOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.address.AddressAdded;
import iq.tsh.erp.api.address.AddressBookId;
import iq.tsh.erp.api.address.AddressChanged;
import iq.tsh.erp.api.address.AddressDetails;
import iq.tsh.erp.api.address.AddressRemoved;
import iq.tsh.erp.api.address.DefaultBillingAddressChosen;
import iq.tsh.erp.api.address.DefaultShippingAddressChosen;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AddressBookFoldTest {

    private static final String CUSTOMER = "5128640000000050001";
    private static final AddressBookId ID = AddressBookId.of(CUSTOMER);
    private static final Instant T1 = Instant.parse("2025-05-05T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-05-05T09:01:00Z");
    private static final Instant T3 = Instant.parse("2025-05-05T09:02:00Z");

    private static AddressDetails details(String city) {
        return new AddressDetails("Home", "Ali", "+9647700000000", "Street 1", null, city, null, "IQ", null);
    }

    @Test
    void keepsEveryAddressAndTheDefaults() {
        ObjectNode state = stateOf(new AddressAdded(ID, CUSTOMER, "a1", details("Baghdad"), T1),
                new DefaultShippingAddressChosen(ID, CUSTOMER, "a1", T1),
                new DefaultBillingAddressChosen(ID, CUSTOMER, "a1", T1),
                new AddressAdded(ID, CUSTOMER, "a2", details("Basra"), T2),
                new DefaultBillingAddressChosen(ID, CUSTOMER, "a2", T2));

        JsonNode addresses = state.get("addresses");
        assertThat(addresses.findValuesAsText("addressId")).containsExactly("a1", "a2");
        assertThat(addresses.get(1).get("details").get("city").asText()).isEqualTo("Basra");
        assertThat(state.get("defaultShippingAddressId").asText()).isEqualTo("a1");
        assertThat(state.get("defaultBillingAddressId").asText()).isEqualTo("a2");
        assertThat(state.get("addressBookId").asText()).isEqualTo(ID.value());
        assertThat(state.get("deleted").asBoolean()).isFalse();
        assertThat(state.has("addressId")).isFalse();
    }

    @Test
    void aChangeReplacesTheDetailsInPlace() {
        ObjectNode state = stateOf(new AddressAdded(ID, CUSTOMER, "a1", details("Baghdad"), T1),
                new AddressAdded(ID, CUSTOMER, "a2", details("Basra"), T2),
                new AddressChanged(ID, CUSTOMER, "a1", details("Erbil"), T3));

        JsonNode first = state.get("addresses").get(0);
        assertThat(first.get("addressId").asText()).isEqualTo("a1");
        assertThat(first.get("details").get("city").asText()).isEqualTo("Erbil");
        assertThat(first.get("addedAt").asText()).isEqualTo(T1.toString());
        assertThat(first.get("changedAt").asText()).isEqualTo(T3.toString());
    }

    @Test
    void removingTheLastAddressLeavesNoDefault() {
        ObjectNode state = stateOf(new AddressAdded(ID, CUSTOMER, "a1", details("Baghdad"), T1),
                new DefaultShippingAddressChosen(ID, CUSTOMER, "a1", T1),
                new AddressRemoved(ID, CUSTOMER, "a1", T2),
                new DefaultShippingAddressChosen(ID, CUSTOMER, null, T2));

        assertThat(state.get("addresses")).isEmpty();
        assertThat(state.get("defaultShippingAddressId").isNull()).isTrue();
        assertThat(state.get("defaultBillingAddressId").isNull()).isTrue();
    }
}
