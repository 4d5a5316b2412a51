package iq.tsh.erp.api.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One page of shoppable products (listed, active) matching a search text and filters, priced in {@code book};
 * answers {@link ProductPage}. Every filter is optional (null).
 *
 * @param text        what the shopper typed; matched in English and Arabic names, SKU, brand and description
 * @param brand       compared without regard to case
 * @param minPrice    on the price in {@code book} (the item rate where the book has none), inclusive
 * @param inStockOnly only products with stock available now
 * @param after       the previous page's end, null for the first page; its sort must be {@code sort}
 */
public record SearchProducts(
        String text,
        String categoryId,
        String brand,
        BigDecimal minPrice,
        BigDecimal maxPrice,
        boolean inStockOnly,
        ProductSort sort,
        ListingKey after,
        int limit,
        String book) {

    public SearchProducts {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(book, "book");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        if (after != null && after.sort() != sort) {
            throw new IllegalArgumentException("a " + after.sort() + " page end cannot continue a " + sort + " listing");
        }
    }
}
