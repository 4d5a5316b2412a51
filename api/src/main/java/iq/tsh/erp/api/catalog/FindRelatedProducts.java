package iq.tsh.erp.api.catalog;

import java.util.Objects;

/**
 * Products to show beside one product: those bought together with it on invoices, and those of its category,
 * priced in {@code book}; answers an optional {@link RelatedProducts}, empty when the product is not listed.
 */
public record FindRelatedProducts(String itemId, String book, int limit) {

    public FindRelatedProducts {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(book, "book");
    }
}
