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
    private final TypoCorrections corrections;

    ListingQueries(NamedParameterJdbcTemplate jdbc, TypoCorrections corrections) {
        this.jdbc = jdbc;
        this.corrections = corrections;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public ProductPage handle(SearchProducts query) {
        List<String> words = SearchText.words(query.text());
        SearchTerms terms = words.isEmpty() ? null : SearchTerms.of(words, corrections.of(words));
        ListingOrder order = ListingOrder.of(query.sort());
        MapSqlParameterSource params = new MapSqlParameterSource("book", query.book());
        String sql = ListingSql.build(query, order, terms, params);
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
