package iq.tsh.erp.api.promotion;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** Ops started a promotion. */
public record PromotionCreated(PromotionId promotionId, PromotionTerms terms, Instant createdAt) implements DomainEvent {
}
