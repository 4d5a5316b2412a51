package iq.tsh.erp.query.cart;

import iq.tsh.erp.api.cart.CartCleared;
import iq.tsh.erp.api.cart.CartContents;
import iq.tsh.erp.api.cart.CartItemAdded;
import iq.tsh.erp.api.cart.CartItemQuantityChanged;
import iq.tsh.erp.api.cart.CartItemRemoved;
import iq.tsh.erp.api.cart.CartLine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;

/** A cart folded straight from its stored events: the answer while the projection has not caught up yet. */
final class CartFold {

    private final Map<String, CartLine> lines = new LinkedHashMap<>();
    private Instant updatedAt;

    private CartFold() {
    }

    static CartContents of(String customerId, List<? extends DomainEventMessage<?>> events) {
        CartFold fold = new CartFold();
        events.forEach(event -> fold.apply(event.getPayload()));
        return new CartContents(customerId, new ArrayList<>(fold.lines.values()), fold.updatedAt);
    }

    private void apply(Object payload) {
        if (payload instanceof CartItemAdded added) {
            lines.put(added.itemId(), new CartLine(added.itemId(), added.lineQuantity(), added.unitPrice(),
                    added.currency(), added.at()));
            updatedAt = added.at();
        } else if (payload instanceof CartItemQuantityChanged changed) {
            CartLine line = lines.get(changed.itemId());
            lines.put(changed.itemId(), new CartLine(line.itemId(), changed.quantity(), line.unitPrice(),
                    line.currency(), line.addedAt()));
            updatedAt = changed.at();
        } else if (payload instanceof CartItemRemoved removed) {
            lines.remove(removed.itemId());
            updatedAt = removed.at();
        } else if (payload instanceof CartCleared cleared) {
            lines.clear();
            updatedAt = cleared.at();
        }
    }
}
