package iq.tsh.erp.query.search;

import iq.tsh.erp.api.catalog.SearchProducts;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of one listing page, assembled from fixed fragments; every value the shopper gave is a bind parameter.
 *
 * <p>Search: a product matches when its full-text vector (names, SKU and brand weighted A, description D; the
 * 'simple' configuration, every word a prefix) matches all query words, or when the query is a near spelling of words
 * in its names, SKU or brand (trigram {@code word_similarity}, operator {@code <%}, threshold 0.4). Both are
 * GIN-indexed. Relevance ranks in tiers: the query as whole words in the names, SKU or brand (+20, +5 more when
 * the name starts with it), a prefix match of every word (+10), then the full-text rank and the trigram similarity
 * (each 0 to 1) order products within a tier; so exact beats prefix, and prefix beats a typo match.
 */
final class ListingSql {

    /** The least trigram word similarity that counts as a typo of a word in the names, SKU or brand. */
    static final String TYPO_THRESHOLD = "0.4";

    private static final String SCORE = """
            , round((CASE WHEN (' ' || p.search_key || ' ') LIKE :phrase THEN 20 ELSE 0 END
                   + CASE WHEN (p.search_key || ' ') LIKE :leading THEN 5 ELSE 0 END
                   + CASE WHEN p.search_vector @@ to_tsquery('simple', :tsquery) THEN 10 ELSE 0 END
                   + ts_rank(p.search_vector, to_tsquery('simple', :tsquery), 32)
                   + word_similarity(CAST(:text AS text), coalesce(p.search_key, '')))::numeric, 6) AS score
            """;

    private static final String MATCHES = " AND (p.search_vector @@ to_tsquery('simple', :tsquery)"
            + " OR CAST(:text AS text) <% p.search_key)";

    private ListingSql() {
    }

    static String build(SearchProducts query, ListingOrder order, MapSqlParameterSource params) {
        StringBuilder inner = new StringBuilder(CardColumns.PRICED_PRODUCTS);
        List<String> words = SearchText.words(query.text());
        if (!words.isEmpty()) {
            String text = String.join(" ", words);
            inner.append(SCORE);
            params.addValue("text", text)
                    .addValue("tsquery", SearchText.prefixQuery(words))
                    .addValue("phrase", "% " + text + " %")
                    .addValue("leading", text + " %");
        } else {
            // Nothing to match (no words once normalised): relevance falls back to newest, keeping its key type.
            inner.append(", round(extract(epoch FROM p.first_listed_at)::numeric, 6) AS score ");
        }
        inner.append(CardColumns.JOINS).append("WHERE ").append(CardColumns.SHOPPABLE);
        if (!words.isEmpty()) {
            inner.append(MATCHES);
        }
        if (query.categoryId() != null) {
            inner.append(" AND p.category_id = :category");
            params.addValue("category", query.categoryId());
        }
        if (query.brand() != null) {
            inner.append(" AND lower(p.brand) = :brand");
            params.addValue("brand", query.brand().strip().toLowerCase(Locale.ROOT));
        }
        if (query.inStockOnly() || order == ListingOrder.FEATURED) {
            inner.append(" AND p.stock_available > 0");
        }

        StringBuilder outer = new StringBuilder("SELECT * FROM (").append(inner).append(") listing WHERE TRUE");
        if (query.minPrice() != null) {
            outer.append(" AND unit_price >= :minPrice");
            params.addValue("minPrice", query.minPrice());
        }
        if (query.maxPrice() != null) {
            outer.append(" AND unit_price <= :maxPrice");
            params.addValue("maxPrice", query.maxPrice());
        }
        if (query.after() != null && order != ListingOrder.FEATURED) {
            outer.append(" AND ").append(order.after());
            params.addValue("afterKey", order.keyValue(query.after().key()))
                    .addValue("afterId", query.after().itemId());
        }
        return outer.append(" ORDER BY ").append(order.orderBy()).append(" LIMIT :limit").toString();
    }
}
