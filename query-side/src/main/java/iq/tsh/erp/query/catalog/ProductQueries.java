package iq.tsh.erp.query.catalog;

import iq.tsh.erp.api.product.FindProductDetail;
import iq.tsh.erp.api.product.ProductDetailView;
import java.math.BigDecimal;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers catalogue queries from the {@code products} table, with the book price and rating of the storefront tables. */
@Component
class ProductQueries {

    private final ProductTable products;
    private final JdbcTemplate jdbc;

    ProductQueries(ProductTable products, JdbcTemplate jdbc) {
        this.products = products;
        this.jdbc = jdbc;
    }

    @QueryHandler
    public Optional<ProductDetailView> handle(FindProductDetail query) {
        return products.listed(query.itemId()).map(view -> storefront(view, query.book()));
    }

    private ProductDetailView storefront(ProductDetailView view, String book) {
        return jdbc.query("""
                select pp.price, pp.currency, r.rating_average, r.rating_count
                from (select 1) one
                left join product_prices pp on pp.book = ? and pp.item_id = ?
                left join product_ratings r on r.item_id = ?""",
                rs -> {
                    rs.next();
                    BigDecimal bookPrice = rs.getBigDecimal("price");
                    BigDecimal average = rs.getBigDecimal("rating_average");
                    return view.priced(bookPrice == null ? view.price() : bookPrice,
                            bookPrice == null ? view.currency() : rs.getString("currency"),
                            average == null ? BigDecimal.ZERO : average, rs.getInt("rating_count"));
                }, book, view.itemId(), view.itemId());
    }
}
