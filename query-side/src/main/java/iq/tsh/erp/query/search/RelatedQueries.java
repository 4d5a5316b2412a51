package iq.tsh.erp.query.search;

import iq.tsh.erp.api.catalog.FindRelatedProducts;
import iq.tsh.erp.api.catalog.ProductCard;
import iq.tsh.erp.api.catalog.RelatedProducts;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers {@link FindRelatedProducts}. Ranking: products sharing the most invoices with this one first (bought
 * together is the stronger signal), then those also in its category, then best sellers, then best rated; the product
 * itself and products not shoppable are left out.
 */
@Component
class RelatedQueries {

    private static final String LISTED = """
            SELECT category_id FROM products WHERE item_id = :item AND has_catalog_data AND NOT deleted
            """;

    // Candidates first (the basket partners and the category, both by index), so only they are priced and ranked.
    private static final String RELATED = "WITH together AS ("
            + " SELECT other.item_id, count(*) AS shared"
            + " FROM invoice_item_lines mine"
            + " JOIN invoice_item_lines other ON other.invoice_id = mine.invoice_id AND other.item_id <> mine.item_id"
            + " WHERE mine.item_id = :item GROUP BY other.item_id),"
            + " candidates AS (SELECT item_id FROM together"
            + " UNION SELECT item_id FROM products WHERE category_id = :category)"
            + " SELECT * FROM (" + CardColumns.PRICED_PRODUCTS
            + ", COALESCE(t.shared, 0) AS shared,"
            + " CASE WHEN p.category_id = :category THEN 1 ELSE 0 END AS same_category"
            + " FROM candidates c JOIN products p ON p.item_id = c.item_id "
            + CardColumns.CARD_JOINS
            + " LEFT JOIN together t ON t.item_id = p.item_id"
            + " WHERE " + CardColumns.SHOPPABLE + " AND p.item_id <> :item) related"
            + " ORDER BY shared DESC, same_category DESC, sold DESC, rating_average DESC, item_id ASC LIMIT :limit";

    private final NamedParameterJdbcTemplate jdbc;

    RelatedQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<RelatedProducts> handle(FindRelatedProducts query) {
        MapSqlParameterSource params = new MapSqlParameterSource("item", query.itemId());
        List<String> listed = jdbc.query(LISTED, params, (rs, n) -> rs.getString("category_id"));
        if (listed.isEmpty()) {
            return Optional.empty();
        }
        params.addValue("category", listed.get(0)).addValue("book", query.book()).addValue("limit", query.limit());
        List<ProductCard> cards = jdbc.query(RELATED, params, (rs, n) -> CardColumns.card(rs));
        return Optional.of(new RelatedProducts(cards));
    }
}
