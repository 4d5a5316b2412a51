package iq.tsh.erp.api.catalog;

import java.util.Objects;

/**
 * Where a listing page ends: the last card's sort key and item id (the tiebreak). The next page starts after it. The
 * BFF hands it to the app as an opaque cursor.
 *
 * @param key the sort value as text: a decimal for prices, units sold and relevance, an ISO-8601 instant for newest
 */
public record ListingKey(ProductSort sort, String key, String itemId) {

    public ListingKey {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(itemId, "itemId");
    }
}
