package iq.tsh.erp.api.promotion;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace a running promotion's terms (all of them: the admin endpoint is a PUT). An ended one cannot change. */
public record ChangePromotion(@TargetAggregateIdentifier PromotionId promotionId, PromotionTerms terms, Instant changedAt) {
}
