package iq.tsh.erp.query.search;

import iq.tsh.erp.api.catalog.ProductSort;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The fixed SQL fragments of each sort: its key column in the listing, its direction and how a page end's key text
 * becomes a bind value. Only these fragments, never user input, are placed into the SQL text.
 */
enum ListingOrder {
    RELEVANCE("score", true),
    NEWEST("first_listed_at", true),
    PRICE_ASC("unit_price", false),
    PRICE_DESC("unit_price", true),
    BEST_SELLING("sold", true),
    // The damped rating pulls a product with one 5-star review below one with forty reviews at 4.8.
    FEATURED("featured_score", true);

    private final String column;
    private final boolean descending;

    ListingOrder(String column, boolean descending) {
        this.column = column;
        this.descending = descending;
    }

    static ListingOrder of(ProductSort sort) {
        return valueOf(sort.name());
    }

    String column() {
        return column;
    }

    String orderBy() {
        String tail = this == FEATURED ? ", first_listed_at DESC" : "";
        return column + (descending ? " DESC" : " ASC") + tail + ", item_id ASC";
    }

    /** Rows strictly after the page end, in this order: the key beyond it, or the same key and a later item id. */
    String after() {
        return "(" + column + (descending ? " < " : " > ") + ":afterKey OR (" + column + " = :afterKey AND item_id > :afterId))";
    }

    /** The bind value of a page end's key; an {@link IllegalArgumentException} when the text is not one. */
    Object keyValue(String key) {
        if (this == NEWEST) {
            return Timestamp.from(Instant.parse(key));
        }
        return new BigDecimal(key);
    }

    /** The text of a row's key as a page end keeps it. */
    String keyText(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        return ((BigDecimal) value).toPlainString();
    }
}
