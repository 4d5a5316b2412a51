package iq.tsh.erp.api.cart;

import java.math.BigDecimal;

/**
 * How many units the cart holds and what they cost now in the customer's price book.
 *
 * @param total unrounded, in {@code currency} (the customer's book's); lines priced in another currency are left out
 */
public record CartBadge(int items, BigDecimal total, String currency) {
}
