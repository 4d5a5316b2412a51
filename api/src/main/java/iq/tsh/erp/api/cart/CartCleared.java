package iq.tsh.erp.api.cart;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The customer emptied the cart. */
public record CartCleared(CartId cartId, String customerId, Instant at) implements DomainEvent {
}
