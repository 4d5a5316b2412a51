package iq.tsh.erp.api.review;

import java.math.BigDecimal;

/** The average (two decimals) and count of a product's approved, visible reviews; zero and zero when it has none. */
public record ProductRating(BigDecimal average, int count) {

    public static final ProductRating NONE = new ProductRating(BigDecimal.ZERO, 0);
}
