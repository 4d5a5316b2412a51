package iq.tsh.erp.api.product;

import java.math.BigDecimal;
import java.time.Instant;

/** A product as the read model holds it, shaped for the product page. */
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
        Instant lastModifiedTime) {
}
