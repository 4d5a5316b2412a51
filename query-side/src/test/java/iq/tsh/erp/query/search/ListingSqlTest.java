package iq.tsh.erp.query.search;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.api.catalog.ListingKey;
import iq.tsh.erp.api.catalog.ProductSort;
import iq.tsh.erp.api.catalog.SearchProducts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

class ListingSqlTest {

    private static final String HOSTILE = "x' OR 1=1; DROP TABLE products; --";

    @Test
    void placesNoShopperValueInTheSqlText() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        SearchProducts query = new SearchProducts(HOSTILE, HOSTILE, HOSTILE, BigDecimal.ONE, BigDecimal.TEN, true,
                ProductSort.PRICE_ASC, new ListingKey(ProductSort.PRICE_ASC, "5", HOSTILE), 20, HOSTILE);

        SearchTerms terms = SearchTerms.of(iq.tsh.erp.query.search.SearchText.words(HOSTILE), java.util.Map.of());
        String sql = ListingSql.build(query, ListingOrder.PRICE_ASC, terms, params);

        assertThat(sql).doesNotContain("DROP").doesNotContain("1=1").doesNotContain("drop");
        assertThat(params.getValue("brand")).isEqualTo(HOSTILE.toLowerCase());
        assertThat(params.getValue("category")).isEqualTo(HOSTILE);
        assertThat(params.getValue("afterId")).isEqualTo(HOSTILE);
        assertThat((String) params.getValue("broad")).doesNotContain("'").doesNotContain(";").doesNotContain("--");
    }

    @Test
    void continuesAfterThePageEndInTheSortsDirection() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        SearchProducts query = new SearchProducts(null, null, null, null, null, false, ProductSort.NEWEST,
                new ListingKey(ProductSort.NEWEST, "2025-03-02T06:14:55.123456Z", "1"), 20, "consumer_iqd");

        String sql = ListingSql.build(query, ListingOrder.NEWEST, null, params);

        assertThat(sql).contains("first_listed_at < :afterKey")
                .contains("ORDER BY first_listed_at DESC, item_id ASC LIMIT :limit) page")
                .endsWith("ORDER BY first_listed_at DESC, item_id ASC");
    }

    @Test
    void letsEachWordBeOneOfItsNearSpellings() {
        SearchTerms terms = SearchTerms.of(List.of("samsng", "tv"), Map.of("samsng", List.of("samsung", "samsonite")));

        assertThat(terms.strict()).isEqualTo("samsng:* & tv:*");
        assertThat(terms.broad()).isEqualTo("(samsng:* | samsung | samsonite) & tv:*");
        assertThat(terms.text()).isEqualTo("samsng tv");
    }
}
