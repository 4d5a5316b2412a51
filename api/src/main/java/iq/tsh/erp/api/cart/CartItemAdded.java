package iq.tsh.erp.api.cart;

import iq.tsh.erp.api.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The customer added units of a product. {@code lineQuantity} is the line's quantity afterwards, so a reader never
 * has to add up; the price is the customer's at that moment and replaces the line's earlier snapshot.
 *
 * @param quantity the units added by this event
 */
public record CartItemAdded(
        CartId cartId,
        String customerId,
        String itemId,
        int quantity,
        int lineQuantity,
        BigDecimal unitPrice,
        String currency,
        Instant at) implements DomainEvent {
}
