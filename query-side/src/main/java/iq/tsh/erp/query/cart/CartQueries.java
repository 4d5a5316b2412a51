package iq.tsh.erp.query.cart;

import iq.tsh.erp.api.cart.CartBadge;
import iq.tsh.erp.api.cart.CartContents;
import iq.tsh.erp.api.cart.CartLine;
import iq.tsh.erp.api.cart.FindCart;
import iq.tsh.erp.api.cart.FindCartBadge;
import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindCustomerPricing;
import iq.tsh.erp.api.catalog.FindPricedProducts;
import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.catalog.PricedProducts;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Answers cart questions from the read tables. A customer sees their own change because the BFF answers a change
 * only once these tables hold it (ReadYourWrites in bff, docs/read-models.md).
 */
@Component
class CartQueries {

    private final CartTable carts;
    private final QueryGateway queries;

    CartQueries(CartTable carts, @Lazy QueryGateway queries) {
        this.carts = carts;
        this.queries = queries;
    }

    @QueryHandler
    public CartContents handle(FindCart query) {
        return read(query.customerId());
    }

    /** The badge counts units and prices them now, in the customer's book, through the catalogue's own query. */
    @QueryHandler
    public CartBadge handle(FindCartBadge query) {
        CartContents cart = read(query.customerId());
        CustomerPricing pricing = queries.query(new FindCustomerPricing(query.customerId()), CustomerPricing.class).join();
        if (cart.lines().isEmpty()) {
            return new CartBadge(0, BigDecimal.ZERO, pricing.currency());
        }
        List<String> itemIds = cart.lines().stream().map(CartLine::itemId).toList();
        Map<String, PricedProduct> priced = queries.query(new FindPricedProducts(itemIds, pricing.book()),
                PricedProducts.class).join().byItemId();
        BigDecimal total = cart.lines().stream()
                .filter(line -> priced.containsKey(line.itemId()))
                .filter(line -> buyable(priced.get(line.itemId()), pricing.currency()))
                .map(line -> priced.get(line.itemId()).price().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CartBadge(cart.itemCount(), total, pricing.currency());
    }

    /** Lines that cannot be bought now (inactive, unpriced, another currency) do not count toward the total. */
    private static boolean buyable(PricedProduct product, String currency) {
        return product.active() && product.price() != null && currency.equals(product.currency());
    }

    private CartContents read(String customerId) {
        return carts.contents(customerId);
    }
}
