package iq.tsh.erp.api.promotion;

import java.time.Instant;

/** Ops ended a promotion before (or instead of) its end date; it applies to nothing from {@code endedAt} on. */
public record PromotionEnded(PromotionId promotionId, Instant endedAt) {
}
