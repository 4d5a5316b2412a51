package iq.tsh.erp.query.search;

import iq.tsh.erp.api.catalog.ListingKey;
import iq.tsh.erp.api.catalog.ProductCard;
import iq.tsh.erp.api.catalog.ProductPage;
import iq.tsh.erp.api.catalog.SearchProducts;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers {@link SearchProducts}: search, category pages and the home lists, one keyset page at a time (the sort key,
 * then the item id), so a page costs the same however deep the shopper scrolls.
 */
@Component
class ListingQueries {

    private final NamedParameterJdbcTemplate jdbc;

    ListingQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public ProductPage handle(SearchProducts query) {
        // pg_trgm's default (0.6) misses one-letter typos in short words ("samsng" is 0.57 to "samsung"); 0.4 keeps
        // them and still refuses unrelated words ("change" is 0.375 to "charger"). Local: this transaction only.
        jdbc.getJdbcTemplate().queryForObject(
                "SELECT set_config('pg_trgm.word_similarity_threshold', '" + ListingSql.TYPO_THRESHOLD + "', true)", String.class);
        ListingOrder order = ListingOrder.of(query.sort());
        MapSqlParameterSource params = new MapSqlParameterSource("book", query.book());
        String sql = ListingSql.build(query, order, params);
        params.addValue("limit", query.limit() + 1);
        List<Object> keys = new ArrayList<>();
        List<ProductCard> cards = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            cards.add(CardColumns.card(rs));
            keys.add(rs.getObject(order.column()));
        });
        if (cards.size() <= query.limit() || order == ListingOrder.FEATURED) {
            return new ProductPage(cards.subList(0, Math.min(cards.size(), query.limit())), null);
        }
        int last = query.limit() - 1;
        ListingKey next = new ListingKey(query.sort(), order.keyText(keys.get(last)), cards.get(last).itemId());
        return new ProductPage(cards.subList(0, query.limit()), next);
    }
}
