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
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers the promotion queries from the {@code promotions} table. */
@Component
@Transactional(readOnly = true)
class PromotionQueries {

    /** Running promotions are few (a shop runs tens at once); the cap only guards against a runaway table. */
    private static final Pageable RUNNING = PageRequest.of(0, 500);
    private static final int MAX_LIST = 500;

    private final PromotionRows rows;

    PromotionQueries(PromotionRows rows) {
        this.rows = rows;
    }

    @QueryHandler
    public Optional<PromotionView> handle(FindPromotion query) {
        return rows.findById(query.id()).map(PromotionRow::toView);
    }

    @QueryHandler
    public Promotions handle(ListPromotions query) {
        int limit = Math.max(1, Math.min(query.limit(), MAX_LIST));
        return new Promotions(rows.findNewestFirst(PageRequest.of(0, limit)).stream().map(PromotionRow::toView).toList());
    }

    @QueryHandler
    public Promotions handle(FindActivePromotions query) {
        int limit = Math.max(1, Math.min(query.limit(), MAX_LIST));
        return new Promotions(rows.findActive(query.now(), PageRequest.of(0, limit)).stream()
                .map(PromotionRow::toView).toList());
    }

    @QueryHandler
    public Promotions handle(FindPromotionsForProduct query) {
        return new Promotions(rows.findActive(query.now(), RUNNING).stream()
                .map(PromotionRow::toView)
                .filter(p -> p.covers(query.itemId(), query.categoryId()))
                .toList());
    }

    @QueryHandler
    public Promotions handle(FindCheckoutPromotions query) {
        List<PromotionView> found = new ArrayList<>(rows.findActive(query.now(), RUNNING).stream()
                .map(PromotionRow::toView)
                .filter(p -> p.code() == null)
                .toList());
        if (query.code() != null && !query.code().isBlank()) {
            rows.findByCodeKey(query.code().strip().toLowerCase(Locale.ROOT)).stream()
                    .map(PromotionRow::toView)
                    .forEach(found::add);
        }
        return new Promotions(found);
    }
}
