package iq.tsh.erp.api.product;

import iq.tsh.erp.api.common.Money;
import java.util.Objects;

/**
 * What the catalogue knows of a product, in our words: Zoho's item without its bookkeeping fields.
 * {@code price} is the item's own selling rate in the organisation's base currency; price books come separately.
 */
public record ProductData(
        String itemId,
        String name,
        String nameAr,
        String sku,
        String description,
        String brand,
        String unit,
        ProductStatus status,
        Money price,
        CategoryRef category,
        String imageId,
        String imageName) {

    public ProductData {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(price, "price");
    }
}
