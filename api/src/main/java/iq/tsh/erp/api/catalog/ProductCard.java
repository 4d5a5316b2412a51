package iq.tsh.erp.api.catalog;

import java.math.BigDecimal;

/**
 * A product as listings show it: compact, priced for one shopper.
 *
 * @param price         in {@code currency}, unrounded: the book's price, else the item rate
 * @param available     what can be sold now
 * @param ratingAverage 0 with no approved review
 */
public record ProductCard(
        String itemId,
        String name,
        String nameAr,
        BigDecimal price,
        String currency,
        String imageName,
        BigDecimal available,
        BigDecimal ratingAverage,
        long ratingCount) {
}
