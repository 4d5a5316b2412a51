package iq.tsh.erp.bff.checkout;

import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.api.catalog.FindPricedProducts;
import iq.tsh.erp.api.catalog.PricedProduct;
import iq.tsh.erp.api.catalog.PricedProducts;
import iq.tsh.erp.api.promotion.FindCheckoutPromotions;
import iq.tsh.erp.api.promotion.PromotionView;
import iq.tsh.erp.api.promotion.Promotions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * The one way an order is priced, for the calculation and the checkout page alike: the shopper's book prices and the
 * promotions running now are fetched side by side, then {@link CheckoutCalculator} does the arithmetic.
 */
@Component
class OrderPricing {

    /** The result and what it was computed from, for pages that show more than the totals. */
    record Priced(CheckoutResult result, Map<String, PricedProduct> products, List<PromotionView> promotions) {
    }

    private final QueryGateway queries;
    private final CheckoutOptions options;
    private final Clock clock = Clock.systemUTC();

    OrderPricing(QueryGateway queries, CheckoutOptions options) {
        this.queries = queries;
        this.options = options;
    }

    Priced price(List<CalculateRequestRules.Checked> lines, String promotionCode, String deliveryOption,
                 CustomerPricing pricing) {
        Instant now = clock.instant();
        List<String> itemIds = lines.stream().map(CalculateRequestRules.Checked::productId).toList();
        CompletableFuture<PricedProducts> products = itemIds.isEmpty()
                ? CompletableFuture.completedFuture(new PricedProducts(List.of()))
                : queries.query(new FindPricedProducts(itemIds, pricing.book()), PricedProducts.class);
        CompletableFuture<Promotions> promotions =
                queries.query(new FindCheckoutPromotions(promotionCode, now), Promotions.class);
        Map<String, PricedProduct> byId = products.join().byItemId();
        List<PromotionView> running = promotions.join().promotions();

        CheckoutInput input = new CheckoutInput(pricing.currency(),
                lines.stream().map(l -> new CheckoutLine(l.productId(), l.quantity(), byId.get(l.productId()),
                        l.priceWhenAdded())).toList(),
                running, promotionCode,
                options.deliveryFee(deliveryOption, pricing.currency()).orElseThrow(), options.taxRate(), now);
        return new Priced(CheckoutCalculator.calculate(input), byId, running);
    }
}
