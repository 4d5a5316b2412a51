package iq.tsh.erp.query.promotion;

import iq.tsh.erp.api.promotion.PromotionChanged;
import iq.tsh.erp.api.promotion.PromotionCreated;
import iq.tsh.erp.api.promotion.PromotionEnded;
import iq.tsh.erp.api.promotion.PromotionId;
import iq.tsh.erp.api.promotion.PromotionRedeemed;
import java.time.Instant;
import java.util.function.Consumer;
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

    private final PromotionRows rows;

    PromotionProjection(PromotionRows rows) {
        this.rows = rows;
    }

    @EventHandler
    void on(PromotionCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.promotionId(), sequence, at, row -> row.created(event.terms(), event.createdAt()));
    }

    @EventHandler
    void on(PromotionChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.promotionId(), sequence, at, row -> row.terms(event.terms()));
    }

    @EventHandler
    void on(PromotionEnded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.promotionId(), sequence, at, row -> row.ended(event.endedAt()));
    }

    @EventHandler
    void on(PromotionRedeemed event, @SequenceNumber long sequence, @Timestamp Instant at) {
        apply(event.promotionId(), sequence, at, row -> row.usageCount(event.usageCount()));
    }

    /** A replay rebuilds the table from the first event; rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        rows.deleteAllInBatch();
    }

    private void apply(PromotionId promotionId, long sequence, Instant at, Consumer<PromotionRow> change) {
        rows.applyOnce(promotionId.uuid(), PromotionRow::new, sequence, at, change);
    }
}
