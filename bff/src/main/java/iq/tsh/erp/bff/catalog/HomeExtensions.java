package iq.tsh.erp.bff.catalog;

import iq.tsh.erp.api.cart.CartBadge;
import iq.tsh.erp.api.cart.FindCartBadge;
import iq.tsh.erp.api.catalog.CustomerPricing;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.Prices;
import iq.tsh.erp.bff.promotion.PromotionCards;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * What home shows beside the catalogue: the running promotions (highest priority first) and, for a signed-in
 * customer, the cart badge. Both are read in parallel with the shop window; a badge makes home personal, so home is
 * then answered {@code private, no-store}.
 */
@Component
class HomeExtensions {

    static final int PROMOTIONS = 5;

    private final PromotionCards promotionCards;
    private final QueryGateway queries;

    HomeExtensions(PromotionCards promotionCards, QueryGateway queries) {
        this.promotionCards = promotionCards;
        this.queries = queries;
    }

    CompletableFuture<List<Object>> promotions(CustomerPricing pricing, Language language) {
        return promotionCards.forHome(PROMOTIONS, language).thenApply(List::copyOf);
    }

    CompletableFuture<Optional<Object>> cartBadge(Optional<String> customerId) {
        if (customerId.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return queries.query(new FindCartBadge(customerId.get()), CartBadge.class)
                .thenApply(badge -> Optional.of(new Badge(badge.items(), Prices.forDisplay(badge.total(), badge.currency()),
                        badge.currency())));
    }

    /** The cart icon's numbers: units in the cart and their total now, rounded for display. */
    record Badge(int items, BigDecimal total, String currency) {
    }
}
