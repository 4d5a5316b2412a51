package iq.tsh.erp.api.product;

import java.util.Objects;

/**
 * The catalogue detail of one listed product, by Zoho item id, priced in {@code book} (a TSH price book code; the
 * item's rate where the book has no price for it); answers an optional {@link ProductDetailView}.
 */
public record FindProductDetail(String itemId, String book) {

    public FindProductDetail {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(book, "book");
    }
}
