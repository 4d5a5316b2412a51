package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.catalog.PricedProduct;
import java.math.BigDecimal;

/**
 * One line the shopper asks about, with the product as the catalogue prices it for them.
 *
 * @param product        {@code null} when the catalogue does not know the product (unknown or deleted)
 * @param priceWhenAdded the unit price the shopper saw when adding it to the cart, {@code null} when unknown
 */
public record CheckoutLine(String productId, int quantity, PricedProduct product, BigDecimal priceWhenAdded) {
}
