package iq.tsh.erp.bff.promotion;

import iq.tsh.erp.api.promotion.PromotionScope;
import iq.tsh.erp.api.promotion.PromotionTerms;
import iq.tsh.erp.api.promotion.PromotionType;
import iq.tsh.erp.api.promotion.PromotionView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A promotion as ops see it, with its {@code status} at the time of the answer: {@code scheduled}, {@code active},
 * {@code expired} (past {@code endsAt}), {@code used_up} or {@code ended} (ended by ops).
 */
record PromotionResponse(
        String id,
        String name,
        String nameAr,
        String code,
        PromotionType type,
        BigDecimal value,
        String currency,
        Integer buyQuantity,
        Integer getQuantity,
        BigDecimal minimumPurchase,
        Integer usageLimit,
        int usageCount,
        Instant startsAt,
        Instant endsAt,
        PromotionScope scope,
        List<String> productIds,
        List<String> categoryIds,
        boolean stackable,
        int priority,
        String status,
        Instant endedAt,
        Instant createdAt) {

    static PromotionResponse of(PromotionView v, Instant now) {
        return new PromotionResponse(v.id(), v.name(), v.nameAr(), v.code(), v.type(), v.value(), v.currency(),
                v.buyQuantity(), v.getQuantity(), v.minimumPurchase(), v.usageLimit(), v.usageCount(), v.startsAt(),
                v.endsAt(), v.scope(), v.productIds(), v.categoryIds(), v.stackable(), v.priority(), status(v, now),
                v.endedAt(), v.createdAt());
    }

    /** The promotion as the command left it, before the read model has caught up. */
    static PromotionResponse of(String id, PromotionTerms t, int usageCount, Instant endedAt, Instant createdAt,
                                Instant now) {
        return of(new PromotionView(id, t.name(), t.nameAr(), t.code(), t.type(), t.value(), t.currency(),
                t.buyQuantity(), t.getQuantity(), t.minimumPurchase(), t.usageLimit(), usageCount, t.startsAt(),
                t.endsAt(), t.scope(), t.productIds(), t.categoryIds(), t.stackable(), t.priority(), endedAt,
                createdAt), now);
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
