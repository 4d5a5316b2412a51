package iq.tsh.erp.api.cart;

import java.time.Instant;

/** The customer emptied the cart. */
public record CartCleared(CartId cartId, String customerId, Instant at) {
}
