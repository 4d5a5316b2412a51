package iq.tsh.erp.audit.fold;

import static iq.tsh.erp.audit.fold.Stored.stateOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.cart.CartCleared;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.cart.CartItemAdded;
import iq.tsh.erp.api.cart.CartItemQuantityChanged;
import iq.tsh.erp.api.cart.CartItemRemoved;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CartFoldTest {

    private static final String CUSTOMER = "5128640000000050001";
    private static final CartId ID = CartId.of(CUSTOMER);
    private static final Instant T1 = Instant.parse("2025-05-05T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-05-05T09:01:00Z");
    private static final Instant T3 = Instant.parse("2025-05-05T09:02:00Z");
    private static final Instant T4 = Instant.parse("2025-05-05T09:03:00Z");

    private static CartItemAdded added(String item, int quantity, int lineQuantity, String price, Instant at) {
        return new CartItemAdded(ID, CUSTOMER, item, quantity, lineQuantity, new BigDecimal(price), "IQD", at);
    }

    @Test
    void keepsOneLinePerProductInTheOrderFirstAdded() {
        ObjectNode state = stateOf(added("A", 2, 2, "1000", T1), added("B", 1, 1, "500", T2),
                added("A", 1, 3, "1100", T3));

        JsonNode lines = state.get("lines");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).get("itemId").asText()).isEqualTo("A");
        assertThat(lines.get(0).get("quantity").intValue()).isEqualTo(3);
        assertThat(lines.get(0).get("unitPrice").decimalValue()).isEqualByComparingTo("1100");
        assertThat(lines.get(0).get("addedAt").asText()).isEqualTo(T3.toString());
        assertThat(lines.get(1).get("itemId").asText()).isEqualTo("B");
        assertThat(state.get("cartId").asText()).isEqualTo(ID.value());
        assertThat(state.get("customerId").asText()).isEqualTo(CUSTOMER);
        assertThat(state.get("at").asText()).isEqualTo(T3.toString());
        assertThat(state.get("deleted").asBoolean()).isFalse();
        assertThat(state.has("itemId")).isFalse();
    }

    @Test
    void aQuantityChangeKeepsThePriceSnapshot() {
        ObjectNode state = stateOf(added("A", 2, 2, "1000", T1), new CartItemQuantityChanged(ID, CUSTOMER, "A", 5, T2));

        JsonNode line = state.get("lines").get(0);
        assertThat(line.get("quantity").intValue()).isEqualTo(5);
        assertThat(line.get("unitPrice").decimalValue()).isEqualByComparingTo("1000");
        assertThat(line.get("addedAt").asText()).isEqualTo(T1.toString());
    }

    @Test
    void aRemovedProductLeavesTheCart() {
        ObjectNode state = stateOf(added("A", 2, 2, "1000", T1), added("B", 1, 1, "500", T2),
                new CartItemRemoved(ID, CUSTOMER, "A", T3));

        assertThat(state.get("lines").findValuesAsText("itemId")).containsExactly("B");
    }

    @Test
    void aClearedCartIsEmptyAndCanFillAgain() {
        ObjectNode cleared = stateOf(added("A", 2, 2, "1000", T1), added("B", 1, 1, "500", T2),
                new CartCleared(ID, CUSTOMER, T3));
        ObjectNode refilled = stateOf(added("A", 2, 2, "1000", T1), new CartCleared(ID, CUSTOMER, T3),
                added("C", 4, 4, "250", T4));

        assertThat(cleared.get("lines")).isEmpty();
        assertThat(cleared.get("at").asText()).isEqualTo(T3.toString());
        assertThat(refilled.get("lines").findValuesAsText("itemId")).containsExactly("C");
    }
}
