package iq.tsh.erp.api.cart;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The customer now wants {@code quantity} units of a product already in the cart; its price snapshot stays. */
public record CartItemQuantityChanged(CartId cartId, String customerId, String itemId, int quantity, Instant at) implements DomainEvent {
}
