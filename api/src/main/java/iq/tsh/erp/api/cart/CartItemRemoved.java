package iq.tsh.erp.api.cart;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The customer took a product out of the cart. */
public record CartItemRemoved(CartId cartId, String customerId, String itemId, Instant at) implements DomainEvent {
}
