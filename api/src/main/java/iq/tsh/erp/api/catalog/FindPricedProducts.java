package iq.tsh.erp.api.catalog;

import java.util.List;
import java.util.Objects;

/**
 * The listed products among {@code itemIds}, each priced in {@code book}; answers {@link PricedProducts}. Unknown,
 * deleted or not yet described products are simply absent from the answer.
 *
 * @param book the price book code ({@code consumer_iqd} for guests); a product without a price there keeps its rate
 */
public record FindPricedProducts(List<String> itemIds, String book) {

    public FindPricedProducts {
        itemIds = List.copyOf(itemIds);
        Objects.requireNonNull(book, "book");
    }
}
