package iq.tsh.erp.api.catalog;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The answer to {@link FindPricedProducts}. */
public record PricedProducts(List<PricedProduct> products) {

    public PricedProducts {
        products = List.copyOf(products);
    }

    public Map<String, PricedProduct> byItemId() {
        return products.stream().collect(Collectors.toMap(PricedProduct::itemId, Function.identity()));
    }
}
