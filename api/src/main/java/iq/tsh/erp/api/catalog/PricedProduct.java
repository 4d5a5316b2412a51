package iq.tsh.erp.api.catalog;

import java.math.BigDecimal;

/**
 * One product as checkout and the cart need it: names, where it belongs, its price for one shopper and what can be
 * sold now.
 *
 * @param price     in {@code currency}, unrounded (rounding is the caller's, once per amount shown)
 * @param available on hand minus committed, summed over locations
 * @param active    Zoho's item status; an inactive product cannot be bought
 */
public record PricedProduct(
        String itemId,
        String name,
        String nameAr,
        String categoryId,
        String brand,
        String imageName,
        BigDecimal price,
        String currency,
        BigDecimal available,
        boolean active) {
}
