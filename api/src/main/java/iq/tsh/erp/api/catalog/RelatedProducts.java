package iq.tsh.erp.api.catalog;

import java.util.List;

/** The answer to {@link FindRelatedProducts}, best first. */
public record RelatedProducts(List<ProductCard> items) {

    public RelatedProducts {
        items = List.copyOf(items);
    }
}
