package iq.tsh.erp.query.cart;

import iq.tsh.erp.api.cart.CartCleared;
import iq.tsh.erp.api.cart.CartItemAdded;
import iq.tsh.erp.api.cart.CartItemQuantityChanged;
import iq.tsh.erp.api.cart.CartItemRemoved;
import iq.tsh.erp.query.common.ProjectedSequences;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code carts} and {@code cart_items}. Each handler first claims the event's sequence in the customer's
 * {@code carts} row, so a replayed or redelivered event changes nothing.
 */
@Component
@ProcessingGroup(CartProjection.PROCESSING_GROUP)
class CartProjection {

    static final String PROCESSING_GROUP = "storefront-customers";

    private final JdbcTemplate jdbc;
    private final ProjectedSequences sequences;

    CartProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.sequences = new ProjectedSequences(jdbc, "carts");
    }

    @EventHandler
    void on(CartItemAdded event, @SequenceNumber long sequence) {
        String customer = event.cartId().customerId();
        if (sequences.claim(customer, sequence, event.at())) {
            // A product already in the cart keeps its place (position) but takes the new quantity and snapshot.
            jdbc.update("""
                    insert into cart_items (customer_id, item_id, quantity, unit_price, currency, added_at, position)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (customer_id, item_id) do update set quantity = excluded.quantity,
                        unit_price = excluded.unit_price, currency = excluded.currency, added_at = excluded.added_at""",
                    customer, event.itemId(), event.lineQuantity(), event.unitPrice(), event.currency(),
                    Timestamp.from(event.at()), sequence);
        }
    }

    @EventHandler
    void on(CartItemQuantityChanged event, @SequenceNumber long sequence) {
        String customer = event.cartId().customerId();
        if (sequences.claim(customer, sequence, event.at())) {
            jdbc.update("update cart_items set quantity = ? where customer_id = ? and item_id = ?",
                    event.quantity(), customer, event.itemId());
        }
    }

    @EventHandler
    void on(CartItemRemoved event, @SequenceNumber long sequence) {
        String customer = event.cartId().customerId();
        if (sequences.claim(customer, sequence, event.at())) {
            jdbc.update("delete from cart_items where customer_id = ? and item_id = ?", customer, event.itemId());
        }
    }

    @EventHandler
    void on(CartCleared event, @SequenceNumber long sequence) {
        String customer = event.cartId().customerId();
        if (sequences.claim(customer, sequence, event.at())) {
            jdbc.update("delete from cart_items where customer_id = ?", customer);
        }
    }

    /** A replay rebuilds the tables from the first event; the rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        jdbc.update("delete from cart_items");
        jdbc.update("delete from carts");
    }
}
