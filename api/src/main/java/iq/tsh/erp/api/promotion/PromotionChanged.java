package iq.tsh.erp.api.promotion;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** Ops replaced a promotion's terms; the usage count so far stays. */
public record PromotionChanged(PromotionId promotionId, PromotionTerms terms, Instant changedAt) implements DomainEvent {
}
