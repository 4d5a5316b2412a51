package iq.tsh.erp.audit.fold;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.cart.CartCleared;
import iq.tsh.erp.api.cart.CartItemAdded;
import iq.tsh.erp.api.cart.CartItemQuantityChanged;
import iq.tsh.erp.api.cart.CartItemRemoved;

/**
 * A cart: whose it is, when it last changed, and its {@code lines} as the aggregate keeps them (one per product, in
 * the order first added, each with its quantity and the price snapshot of the last add). Overwriting the state
 * with each event's fields would show only the last product touched.
 */
final class CartFold {

    static final AggregateFold FOLD = AggregateFold.of("Cart")
            .on(CartItemAdded.class, CartFold::itemAdded)
            .on(CartItemQuantityChanged.class, CartFold::quantityChanged)
            .on(CartItemRemoved.class, CartFold::itemRemoved)
            .on(CartCleared.class, CartFold::cleared)
            .build();

    private CartFold() {
    }

    private static void itemAdded(ObjectNode state, ObjectNode added) {
        ArrayNode lines = touched(state, added);
        ObjectNode line = lines.objectNode();
        line.set("itemId", added.get("itemId"));
        line.set("quantity", added.get("lineQuantity"));
        line.set("unitPrice", added.get("unitPrice"));
        line.set("currency", added.get("currency"));
        line.set("addedAt", added.get("at"));
        int at = Lines.indexOf(lines, "itemId", added.get("itemId"));
        if (at < 0) {
            lines.add(line);
        } else {
            lines.set(at, line);
        }
    }

    private static void quantityChanged(ObjectNode state, ObjectNode changed) {
        ArrayNode lines = touched(state, changed);
        int at = Lines.indexOf(lines, "itemId", changed.get("itemId"));
        if (at < 0) {
            // The aggregate refuses a change to a product not in the cart: kept as stated rather than dropped.
            lines.addObject().set("itemId", changed.get("itemId"));
            at = lines.size() - 1;
        }
        ((ObjectNode) lines.get(at)).set("quantity", changed.get("quantity"));
    }

    private static void itemRemoved(ObjectNode state, ObjectNode removed) {
        ArrayNode lines = touched(state, removed);
        int at = Lines.indexOf(lines, "itemId", removed.get("itemId"));
        if (at >= 0) {
            lines.remove(at);
        }
    }

    private static void cleared(ObjectNode state, ObjectNode cleared) {
        touched(state, cleared).removeAll();
    }

    private static ArrayNode touched(ObjectNode state, ObjectNode event) {
        Steps.copy(state, event, "cartId", "customerId", "at");
        JsonNode lines = state.get("lines");
        ArrayNode array = lines instanceof ArrayNode existing ? existing : state.putArray("lines");
        Steps.notDeletedUnlessSaid(state);
        return array;
    }
}
