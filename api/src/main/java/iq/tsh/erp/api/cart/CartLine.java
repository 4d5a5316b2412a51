package iq.tsh.erp.api.cart;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One product in a cart with the price snapshot taken when the customer last added it.
 *
 * @param unitPrice the customer's price when they last added the product, unrounded, in {@code currency}
 * @param addedAt   when the product was last added (a change of quantity does not move it)
 */
public record CartLine(String itemId, int quantity, BigDecimal unitPrice, String currency, Instant addedAt) {
}
