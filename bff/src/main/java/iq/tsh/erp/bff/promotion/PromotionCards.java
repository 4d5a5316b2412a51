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
 * <p>
 * Only automatic (code-less) promotions are ever listed: a code is a secret between the shop and whom it gave the
 * code to, and a listed code works for anyone. A coded promotion shows only at checkout, once its code is entered.
 */
@Component
public class PromotionCards {

    /** Running promotions are few; asked for all of them, so coded ones do not crowd automatic ones off home. */
    private static final int RUNNING = 500;

    private final QueryGateway queries;
    private final Clock clock = Clock.systemUTC();

    public PromotionCards(QueryGateway queries) {
        this.queries = queries;
    }

    public CompletableFuture<List<PromotionCard>> forHome(int limit, Language language) {
        return queries.query(new FindActivePromotions(clock.instant(), RUNNING), Promotions.class)
                .thenApply(found -> cards(found, language).stream().limit(limit).toList());
    }

    public CompletableFuture<List<PromotionCard>> forProduct(String itemId, String categoryId, Language language) {
        return queries.query(new FindPromotionsForProduct(itemId, categoryId, clock.instant()), Promotions.class)
                .thenApply(found -> cards(found, language));
    }

    private static List<PromotionCard> cards(Promotions found, Language language) {
        return found.promotions().stream().filter(p -> p.terms().code() == null).map(p -> card(p, language)).toList();
    }

    /** A card; its {@code code} is shown only where the shopper entered it (checkout), see the class comment. */
    public static PromotionCard card(PromotionView p, Language language) {
        boolean fixed = p.terms().type() == PromotionType.FIXED_AMOUNT;
        return new PromotionCard(p.id(), language.pick(p.terms().name(), p.terms().nameAr()), p.terms().code(), p.terms().type(),
                fixed ? Prices.forDisplay(p.terms().value(), p.terms().currency()) : p.terms().value(), p.terms().currency(), p.terms().buyQuantity(),
                p.terms().getQuantity(), p.terms().minimumPurchase() == null ? null : Prices.forDisplay(p.terms().minimumPurchase(), p.terms().currency()),
                p.terms().endsAt());
    }
}
