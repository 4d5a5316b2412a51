package iq.tsh.erp.api.catalog;

import java.util.List;

/** One page of a listing; {@code next} is null on the last page. */
public record ProductPage(List<ProductCard> items, ListingKey next) {

    public ProductPage {
        items = List.copyOf(items);
    }
}
