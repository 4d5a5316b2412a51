package iq.tsh.erp.query.catalog;

import iq.tsh.erp.api.product.FindProductDetail;
import iq.tsh.erp.api.product.ProductDetailView;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers catalogue queries from the {@code products} table. */
@Component
class ProductQueries {

    private final ProductRows rows;

    ProductQueries(ProductRows rows) {
        this.rows = rows;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public Optional<ProductDetailView> handle(FindProductDetail query) {
        return rows.findById(query.itemId()).filter(ProductRow::isListed).map(ProductRow::toView);
    }
}
