package iq.tsh.erp.query.search;

import iq.tsh.erp.api.catalog.SearchProducts;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of one listing page, assembled from fixed fragments; every value the shopper gave is a bind parameter.
 *
 * <p>Search: a product matches when its full-text vector (names, SKU and brand weighted A, description D; the
 * 'simple' configuration) has every typed word as a prefix or one of that word's near spellings
 * ({@link TypoCorrections}); one GIN index answers it. Relevance ranks in tiers: the typed text as whole words in the
 * names, SKU or brand (+20; +5 more when the name starts with it), every word a prefix as typed (+10), then the
 * full-text rank (0 to 1) orders products within a tier. So exact beats prefix, and prefix beats a typo match.
 * A trigram similarity per product was tried as a further tie-break: on 50,000 products it cost ~0.15 ms a matching
 * row (most of a search's time) for an order the tiers already give; typos are handled by the corrections instead.
 */
final class ListingSql {

    private static final String SCORE = """
            , round((CASE WHEN (' ' || p.search_key || ' ') LIKE :phrase THEN 20 ELSE 0 END
                   + CASE WHEN (p.search_key || ' ') LIKE :leading THEN 5 ELSE 0 END
                   + CASE WHEN p.search_vector @@ to_tsquery('simple', :strict) THEN 10 ELSE 0 END
                   + ts_rank(p.search_vector, to_tsquery('simple', :broad), 32))::numeric, 6) AS score
            """;

    private static final String MATCHES = " AND p.search_vector @@ to_tsquery('simple', :broad)";

    private ListingSql() {
    }

    /**
     * The page's SQL; {@code terms} null when there is nothing to search for. Two steps: the page's item ids and sort
     * keys, from {@code products} and only the tables the sort or filters need; then the cards of those few rows.
     * Pricing and rating every match before the limit cost twice the ranking itself (hash joins over the book and
     * the sales tables for ~1,700 matches of a common word at 50,000 products).
     */
    static String build(SearchProducts query, ListingOrder order, SearchTerms terms, MapSqlParameterSource params) {
        boolean priced = order == ListingOrder.PRICE_ASC || order == ListingOrder.PRICE_DESC
                || query.minPrice() != null || query.maxPrice() != null;
        StringBuilder keys = new StringBuilder("SELECT p.item_id, p.first_listed_at");
        if (terms != null) {
            keys.append(SCORE);
            params.addValue("strict", terms.strict())
                    .addValue("broad", terms.broad())
                    .addValue("phrase", "% " + terms.text() + " %")
                    .addValue("leading", terms.text() + " %");
        } else {
            // Nothing to match (no words once normalised): relevance falls back to newest, keeping its key type.
            keys.append(", round(extract(epoch FROM p.first_listed_at)::numeric, 6) AS score ");
        }
        if (priced) {
            keys.append(", ").append(CardColumns.UNIT_PRICE).append(" AS unit_price");
        }
        if (order == ListingOrder.BEST_SELLING) {
            keys.append(", ").append(CardColumns.SOLD).append(" AS sold");
        }
        if (order == ListingOrder.FEATURED) {
            keys.append(", ").append(CardColumns.FEATURED_SCORE).append(" AS featured_score");
        }
        keys.append(" FROM products p");
        if (priced) {
            keys.append(" LEFT JOIN product_prices pp ON pp.book = :book AND pp.item_id = p.item_id");
        }
        if (order == ListingOrder.BEST_SELLING) {
            keys.append(" LEFT JOIN product_sales s ON s.item_id = p.item_id");
        }
        if (order == ListingOrder.FEATURED) {
            keys.append(" LEFT JOIN product_ratings r ON r.item_id = p.item_id");
        }
        keys.append(" WHERE ").append(CardColumns.SHOPPABLE);
        if (terms != null) {
            keys.append(MATCHES);
        }
        if (query.categoryId() != null) {
            keys.append(" AND p.category_id = :category");
            params.addValue("category", query.categoryId());
        }
        if (query.brand() != null) {
            keys.append(" AND lower(p.brand) = :brand");
            params.addValue("brand", query.brand().strip().toLowerCase(Locale.ROOT));
        }
        if (query.inStockOnly() || order == ListingOrder.FEATURED) {
            keys.append(" AND p.stock_available > 0");
        }

        StringBuilder page = new StringBuilder("SELECT * FROM (").append(keys).append(") listing WHERE TRUE");
        if (query.minPrice() != null) {
            page.append(" AND unit_price >= :minPrice");
            params.addValue("minPrice", query.minPrice());
        }
        if (query.maxPrice() != null) {
            page.append(" AND unit_price <= :maxPrice");
            params.addValue("maxPrice", query.maxPrice());
        }
        if (query.after() != null && order != ListingOrder.FEATURED) {
            page.append(" AND ").append(order.after());
            params.addValue("afterKey", order.keyValue(query.after().key()))
                    .addValue("afterId", query.after().itemId());
        }
        page.append(" ORDER BY ").append(order.orderBy()).append(" LIMIT :limit");

        return "SELECT * FROM (" + CardColumns.PRICED_PRODUCTS + ", page.score AS score FROM (" + page + ") page"
                + " JOIN products p ON p.item_id = page.item_id " + CardColumns.CARD_JOINS + ") cards"
                + " ORDER BY " + order.orderBy();
    }
}
