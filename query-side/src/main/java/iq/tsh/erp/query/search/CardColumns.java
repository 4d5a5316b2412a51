package iq.tsh.erp.query.search;

import iq.tsh.erp.api.catalog.ProductCard;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

/** The columns every listing selects for a card, and how a result row becomes a {@link ProductCard}. */
final class CardColumns {

    /**
     * A product priced in the book {@code :book} (its own rate and currency where the book has no price), with its
     * rating and units sold. The caller adds WHERE; the aliases are what filters, sorts and {@link #card} read.
     */
    /** The price in the book {@code :book}, or the item's own rate; needs {@code pp}. */
    static final String UNIT_PRICE = "COALESCE(pp.price, p.price)";
    /** Units sold; needs {@code s}. */
    static final String SOLD = "COALESCE(s.quantity_sold, 0)";
    /** The rating damped toward 3.5 by five imaginary reviews; needs {@code r}. */
    static final String FEATURED_SCORE = "round((COALESCE(r.rating_average, 0) * COALESCE(r.rating_count, 0) + 3.5 * 5)"
            + " / (COALESCE(r.rating_count, 0) + 5), 6)";

    /**
     * A product priced in the book {@code :book} (its own rate and currency where the book has no price), with its
     * rating and units sold. The caller adds FROM (with {@link #CARD_JOINS}) and WHERE; the aliases are what filters,
     * sorts and {@link #card} read.
     */
    static final String PRICED_PRODUCTS = "SELECT p.item_id, p.name, p.name_ar, p.image_name, p.category_id, p.first_listed_at,"
            + " " + UNIT_PRICE + " AS unit_price,"
            + " CASE WHEN pp.price IS NULL THEN p.currency ELSE pp.currency END AS unit_currency,"
            + " p.stock_available,"
            + " COALESCE(r.rating_average, 0) AS rating_average,"
            + " COALESCE(r.rating_count, 0) AS rating_count,"
            + " " + SOLD + " AS sold,"
            + " " + FEATURED_SCORE + " AS featured_score\n";

    /** What a card adds to a product row {@code p}: its book price, rating and units sold. */
    static final String CARD_JOINS = """
            LEFT JOIN product_prices pp ON pp.book = :book AND pp.item_id = p.item_id
            LEFT JOIN product_ratings r ON r.item_id = p.item_id
            LEFT JOIN product_sales s ON s.item_id = p.item_id
            """;


    /** Shoppable: its item data arrived, not deleted, and Zoho says it is active. */
    static final String SHOPPABLE = "p.has_catalog_data AND NOT p.deleted AND p.status = 'ACTIVE'";

    private CardColumns() {
    }

    static ProductCard card(ResultSet rs) throws SQLException {
        BigDecimal rating = rs.getBigDecimal("rating_average");
        return new ProductCard(rs.getString("item_id"), rs.getString("name"), rs.getString("name_ar"),
                rs.getBigDecimal("unit_price"), rs.getString("unit_currency"), rs.getString("image_name"),
                rs.getBigDecimal("stock_available"), rating, rs.getLong("rating_count"));
    }
}
