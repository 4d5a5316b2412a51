package iq.tsh.erp.bff.cart;

import iq.tsh.erp.api.cart.CartContents;
import iq.tsh.erp.api.cart.CartLine;
import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindCustomerPricing;
import iq.tsh.erp.api.catalog.FindPricedProducts;
import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.catalog.PricedProducts;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.Prices;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Puts today's catalogue beside the cart's snapshots: every price comes from the catalogue's pricing queries in the
 * customer's book, never computed here.
 */
@Component
public class CartViews {

    static final Duration ABANDONED_AFTER = Duration.ofDays(7);

    private final QueryGateway queries;
    private final String imageBaseUrl;

    CartViews(QueryGateway queries, @Value("${erp.mobile.image-base-url:/images/products/}") String imageBaseUrl) {
        this.queries = queries;
        this.imageBaseUrl = imageBaseUrl;
    }

    CustomerPricing pricing(String customerId) {
        return queries.query(new FindCustomerPricing(customerId), CustomerPricing.class).join();
    }

    Map<String, PricedProduct> priced(List<String> itemIds, String book) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return queries.query(new FindPricedProducts(itemIds, book), PricedProducts.class).join().byItemId();
    }

    CartResponse of(CartContents cart, Language language) {
        return of(cart, language, pricing(cart.customerId()));
    }

    /** A product the customer can put in the cart now: listed, active and priced. */
    static boolean buyable(PricedProduct product) {
        return product.active() && product.price() != null && product.currency() != null;
    }

    public CartResponse of(CartContents cart, Language language, CustomerPricing pricing) {
        Map<String, PricedProduct> products = priced(cart.lines().stream().map(CartLine::itemId).toList(),
                pricing.book());
        BigDecimal subtotal = BigDecimal.ZERO;
        List<CartResponse.Item> items = new java.util.ArrayList<>();
        for (CartLine line : cart.lines()) {
            PricedProduct product = products.get(line.itemId());
            BigDecimal total = product == null || !buyable(product) ? null
                    : product.price().multiply(BigDecimal.valueOf(line.quantity()));
            if (total != null && pricing.currency().equals(product.currency())) {
                subtotal = subtotal.add(total);
            }
            items.add(item(line, product, total, language));
        }
        return new CartResponse(items, cart.itemCount(), Prices.forDisplay(subtotal, pricing.currency()),
                pricing.currency(), status(cart), cart.updatedAt());
    }

    private CartResponse.Item item(CartLine line, PricedProduct product, BigDecimal total, Language language) {
        BigDecimal snapshot = Prices.forDisplay(line.unitPrice(), line.currency());
        if (product == null) {
            return new CartResponse.Item(line.itemId(), null, null, line.quantity(), snapshot, null, line.currency(),
                    null, false, false, false);
        }
        String name = language.pick(product.name(), product.nameAr());
        String image = product.imageName() == null ? null : imageBaseUrl + line.itemId() + "/" + product.imageName();
        boolean inStock = product.available() != null && product.available().signum() > 0;
        if (total == null) {
            // Listed but not buyable now (inactive, or no price): shown so the customer can remove it.
            return new CartResponse.Item(line.itemId(), name, image, line.quantity(), snapshot, null, line.currency(),
                    null, inStock, false, false);
        }
        boolean changed = !product.currency().equals(line.currency())
                || product.price().compareTo(line.unitPrice()) != 0;
        return new CartResponse.Item(line.itemId(), name, image, line.quantity(), snapshot,
                Prices.forDisplay(product.price(), product.currency()), product.currency(),
                Prices.forDisplay(total, product.currency()), inStock, true, changed);
    }

    private static String status(CartContents cart) {
        if (cart.lines().isEmpty()) {
            return "empty";
        }
        boolean stale = cart.updatedAt() != null && cart.updatedAt().plus(ABANDONED_AFTER).isBefore(Instant.now());
        return stale ? "abandoned" : "active";
    }
}
