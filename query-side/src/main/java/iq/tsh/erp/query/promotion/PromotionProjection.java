package iq.tsh.erp.query.promotion;

import iq.tsh.erp.api.promotion.PromotionChanged;
import iq.tsh.erp.api.promotion.PromotionCreated;
import iq.tsh.erp.api.promotion.PromotionEnded;
import iq.tsh.erp.api.promotion.PromotionRedeemed;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/** Projects promotion events into the {@code promotions} table, idempotent by the row's last applied sequence. */
@Component
@ProcessingGroup(PromotionProjection.PROCESSING_GROUP)
class PromotionProjection {

    static final String PROCESSING_GROUP = "promotions";

    private final PromotionTable promotions;

    PromotionProjection(PromotionTable promotions) {
        this.promotions = promotions;
    }

    @EventHandler
    void on(PromotionCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        promotions.terms(event.promotionId().uuid(), event.terms(), event.createdAt(), sequence, at);
    }

    @EventHandler
    void on(PromotionChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        promotions.terms(event.promotionId().uuid(), event.terms(), event.changedAt(), sequence, at);
    }

    @EventHandler
    void on(PromotionEnded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        promotions.ended(event.promotionId().uuid(), event.endedAt(), sequence, at);
    }

    @EventHandler
    void on(PromotionRedeemed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        promotions.usageCount(event.promotionId().uuid(), event.usageCount(), sequence, at);
    }

    /** A replay rebuilds the table from the first event; rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        promotions.clear();
    }
}
