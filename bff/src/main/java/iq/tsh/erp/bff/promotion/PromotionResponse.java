package iq.tsh.erp.bff.promotion;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.PromotionView;
import java.time.Instant;

/**
 * A promotion as ops see it: its terms (the one list of a promotion's fields, unwrapped into this object) and its
 * {@code status} at the time of the answer: {@code scheduled}, {@code active}, {@code expired} (past {@code endsAt}),
 * {@code used_up} or {@code ended} (ended by ops).
 */
record PromotionResponse(
        String id,
        @JsonUnwrapped PromotionTerms terms,
        int usageCount,
        String status,
        Instant endedAt,
        Instant createdAt) {

    static PromotionResponse of(PromotionView v, Instant now) {
        return new PromotionResponse(v.id(), v.terms(), v.usageCount(), status(v, now), v.endedAt(), v.createdAt());
    }

    /** The promotion as the command left it, before the read model has caught up. */
    static PromotionResponse of(String id, PromotionTerms t, int usageCount, Instant endedAt, Instant createdAt,
                                Instant now) {
        return of(new PromotionView(id, t, usageCount, endedAt, createdAt), now);
    }

    private static String status(PromotionView v, Instant now) {
        if (v.endedAt() != null) {
            return "ended";
        }
        if (v.startsAfter(now)) {
            return "scheduled";
        }
        if (v.isOverAt(now)) {
            return "expired";
        }
        return v.isUsedUp() ? "used_up" : "active";
    }
}
