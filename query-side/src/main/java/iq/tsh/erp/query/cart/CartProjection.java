package iq.tsh.erp.query.cart;

import iq.tsh.erp.api.cart.CartCleared;
import iq.tsh.erp.api.cart.CartId;
import iq.tsh.erp.api.cart.CartItemAdded;
import iq.tsh.erp.api.cart.CartItemQuantityChanged;
import iq.tsh.erp.api.cart.CartItemRemoved;
import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.query.common.ProgressUpdates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code carts} and {@code cart_items}. Each handler first claims the event's sequence in the customer's
 * {@code carts} row, so a replayed or redelivered event changes nothing, then tells a customer waiting to read
 * their own change.
 */
@Component
@ProcessingGroup(CartProjection.PROCESSING_GROUP)
class CartProjection {

    static final String PROCESSING_GROUP = "storefront-customers";

    private final CartTable carts;
    private final ProgressUpdates updates;

    CartProjection(CartTable carts, ProgressUpdates updates) {
        this.carts = carts;
        this.updates = updates;
    }

    @EventHandler
    void on(CartItemAdded event, @SequenceNumber long sequence) {
        String customer = event.cartId().customerId();
        if (carts.claim(customer, sequence, event.at())) {
            carts.putLine(customer, event.itemId(), event.lineQuantity(), event.unitPrice(), event.currency(),
                    event.at(), sequence);
        }
        progress(event.cartId(), sequence);
    }

    @EventHandler
    void on(CartItemQuantityChanged event, @SequenceNumber long sequence) {
        String customer = event.cartId().customerId();
        if (carts.claim(customer, sequence, event.at())) {
            carts.quantity(customer, event.itemId(), event.quantity());
        }
        progress(event.cartId(), sequence);
    }

    @EventHandler
    void on(CartItemRemoved event, @SequenceNumber long sequence) {
        String customer = event.cartId().customerId();
        if (carts.claim(customer, sequence, event.at())) {
            carts.removeLine(customer, event.itemId());
        }
        progress(event.cartId(), sequence);
    }

    @EventHandler
    void on(CartCleared event, @SequenceNumber long sequence) {
        String customer = event.cartId().customerId();
        if (carts.claim(customer, sequence, event.at())) {
            carts.removeLines(customer);
        }
        progress(event.cartId(), sequence);
    }

    /** A replay rebuilds the tables from the first event; the rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        carts.clear();
    }

    private void progress(CartId cartId, long sequence) {
        updates.applied(FindProjectionProgress.CARTS, cartId.toString(), sequence);
    }
}
