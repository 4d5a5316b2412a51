package iq.tsh.erp.query.promotion;

import iq.tsh.erp.api.promotion.FindActivePromotions;
import iq.tsh.erp.api.promotion.FindCheckoutPromotions;
import iq.tsh.erp.api.promotion.FindPromotion;
import iq.tsh.erp.api.promotion.FindPromotionsForProduct;
import iq.tsh.erp.api.promotion.ListPromotions;
import iq.tsh.erp.api.promotion.PromotionView;
import iq.tsh.erp.api.promotion.Promotions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers the promotion queries from the {@code promotions} table. */
@Component
class PromotionQueries {

    /** Running promotions are few (a shop runs tens at once); the cap only guards against a runaway table. */
    private static final int RUNNING = 500;
    private static final int MAX_LIST = 500;

    private final PromotionTable promotions;

    PromotionQueries(PromotionTable promotions) {
        this.promotions = promotions;
    }

    @QueryHandler
    public Optional<PromotionView> handle(FindPromotion query) {
        return promotions.find(query.id());
    }

    @QueryHandler
    public Promotions handle(ListPromotions query) {
        int limit = Math.max(1, Math.min(query.limit(), MAX_LIST));
        return new Promotions(promotions.newestFirst(limit));
    }

    @QueryHandler
    public Promotions handle(FindActivePromotions query) {
        int limit = Math.max(1, Math.min(query.limit(), MAX_LIST));
        return new Promotions(promotions.active(query.now(), limit));
    }

    @QueryHandler
    public Promotions handle(FindPromotionsForProduct query) {
        return new Promotions(promotions.active(query.now(), RUNNING).stream()
                .filter(p -> p.covers(query.itemId(), query.categoryId()))
                .toList());
    }

    @QueryHandler
    public Promotions handle(FindCheckoutPromotions query) {
        List<PromotionView> found = new ArrayList<>(promotions.active(query.now(), RUNNING).stream()
                .filter(p -> p.terms().code() == null)
                .toList());
        if (query.code() != null && !query.code().isBlank()) {
            found.addAll(promotions.withCode(query.code().strip().toLowerCase(Locale.ROOT)));
        }
        return new Promotions(found);
    }
}
