package iq.tsh.erp.bff.promotion;

import iq.tsh.erp.api.promotion.FindActivePromotions;
import iq.tsh.erp.api.promotion.FindPromotionsForProduct;
import iq.tsh.erp.api.promotion.PromotionType;
import iq.tsh.erp.api.promotion.PromotionView;
import iq.tsh.erp.api.promotion.Promotions;
import iq.tsh.erp.bff.common.Language;
import iq.tsh.erp.bff.common.Prices;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/**
 * Running promotions as cards, for home ({@code promotions}, highest priority first) and the product page (those
 * covering the product). Asynchronous, so callers compose them in parallel with their other queries.
 */
@Component
public class PromotionCards {

    private final QueryGateway queries;
    private final Clock clock = Clock.systemUTC();

    public PromotionCards(QueryGateway queries) {
        this.queries = queries;
    }

    public CompletableFuture<List<PromotionCard>> forHome(int limit, Language language) {
        return queries.query(new FindActivePromotions(clock.instant(), limit), Promotions.class)
                .thenApply(found -> cards(found, language));
    }

    public CompletableFuture<List<PromotionCard>> forProduct(String itemId, String categoryId, Language language) {
        return queries.query(new FindPromotionsForProduct(itemId, categoryId, clock.instant()), Promotions.class)
                .thenApply(found -> cards(found, language));
    }

    private static List<PromotionCard> cards(Promotions found, Language language) {
        return found.promotions().stream().map(p -> card(p, language)).toList();
    }

    public static PromotionCard card(PromotionView p, Language language) {
        boolean fixed = p.type() == PromotionType.FIXED_AMOUNT;
        return new PromotionCard(p.id(), language.pick(p.name(), p.nameAr()), p.code(), p.type(),
                fixed ? Prices.forDisplay(p.value(), p.currency()) : p.value(), p.currency(), p.buyQuantity(),
                p.getQuantity(), p.minimumPurchase() == null ? null : Prices.forDisplay(p.minimumPurchase(), p.currency()),
                p.endsAt());
    }
}
