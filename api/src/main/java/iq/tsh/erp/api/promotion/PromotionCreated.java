package iq.tsh.erp.api.promotion;

import java.time.Instant;

/** Ops started a promotion. */
public record PromotionCreated(PromotionId promotionId, PromotionTerms terms, Instant createdAt) {
}
