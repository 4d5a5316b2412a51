package iq.tsh.erp.query.catalog;

import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindCustomerPricing;
import iq.tsh.erp.api.catalog.FindPricedProducts;
import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.catalog.PricedProducts;
import iq.tsh.erp.api.product.ProductStatus;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Prices products for a shopper. Until price books are projected every shopper sees the item's own rate. */
@Component
class PricedProductQueries {

    private final ProductRows rows;

    PricedProductQueries(ProductRows rows) {
        this.rows = rows;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    public PricedProducts handle(FindPricedProducts query) {
        return new PricedProducts(rows.findAllById(query.itemIds()).stream()
                .filter(ProductRow::isListed)
                .map(ProductRow::toView)
                .map(view -> new PricedProduct(view.itemId(), view.name(), view.nameAr(),
                        view.category() == null ? null : view.category().id(), view.brand(), view.imageName(),
                        view.price(), view.currency(), view.stock().available(), view.status() == ProductStatus.ACTIVE))
                .toList());
    }

    @QueryHandler
    public CustomerPricing handle(FindCustomerPricing query) {
        return CustomerPricing.guest();
    }
}
