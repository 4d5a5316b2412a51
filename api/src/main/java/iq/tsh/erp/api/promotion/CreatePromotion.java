package iq.tsh.erp.api.promotion;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Start a promotion with these terms; its code, if any, must be free among all promotions (any case). */
public record CreatePromotion(@TargetAggregateIdentifier PromotionId promotionId, PromotionTerms terms, Instant createdAt) {
}
