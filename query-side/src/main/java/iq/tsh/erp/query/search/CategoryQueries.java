package iq.tsh.erp.query.search;

import iq.tsh.erp.api.catalog.Categories;
import iq.tsh.erp.api.catalog.CategorySummary;
import iq.tsh.erp.api.catalog.FindCategories;
import iq.tsh.erp.api.catalog.FindCategory;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Categories as the products carry them (Zoho sends a category's id and name on each item). */
@Component
class CategoryQueries {

    private static final String TOP = """
            SELECT category_id, max(category_name) AS name, count(*) AS products
            FROM products p WHERE %s AND category_id IS NOT NULL
            GROUP BY category_id ORDER BY products DESC, category_id ASC LIMIT :limit
            """.formatted(CardColumns.SHOPPABLE);

    // Known while any listed product carries it, even if none is active now: its page is then empty, not missing.
    private static final String ONE = """
            SELECT category_id, max(category_name) AS name,
                   count(*) FILTER (WHERE p.status = 'ACTIVE') AS products
            FROM products p WHERE p.has_catalog_data AND NOT p.deleted AND category_id = :category
            GROUP BY category_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    CategoryQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Categories handle(FindCategories query) {
        return new Categories(jdbc.query(TOP, new MapSqlParameterSource("limit", query.limit()),
                (rs, n) -> new CategorySummary(rs.getString("category_id"), rs.getString("name"), rs.getLong("products"))));
    }

    @QueryHandler
    public Optional<CategorySummary> handle(FindCategory query) {
        List<CategorySummary> found = jdbc.query(ONE, new MapSqlParameterSource("category", query.categoryId()),
                (rs, n) -> new CategorySummary(rs.getString("category_id"), rs.getString("name"), rs.getLong("products")));
        return found.stream().findFirst();
    }
}
