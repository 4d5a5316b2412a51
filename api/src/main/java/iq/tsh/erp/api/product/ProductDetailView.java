package iq.tsh.erp.api.product;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product as the read model holds it, shaped for the product page.
 *
 * @param price         in the price book asked for, or the item's rate when the book has none for it
 * @param ratingAverage over approved, visible reviews; zero without any
 */
public record ProductDetailView(
        String itemId,
        String name,
        String nameAr,
        String sku,
        String description,
        String brand,
        String unit,
        ProductStatus status,
        BigDecimal price,
        String currency,
        CategoryRef category,
        String imageName,
        Stock stock,
        Instant lastModifiedTime,
        BigDecimal ratingAverage,
        int ratingCount) {

    /** The same product priced otherwise (a price book's price) and with its rating summary. */
    public ProductDetailView priced(BigDecimal bookPrice, String bookCurrency, BigDecimal average, int count) {
        return new ProductDetailView(itemId, name, nameAr, sku, description, brand, unit, status, bookPrice, bookCurrency,
                category, imageName, stock, lastModifiedTime, average, count);
    }
}
