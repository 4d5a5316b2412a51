package iq.tsh.erp.api.promotion;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Count one use of a promotion (an order placed with it). The same {@code redemptionId} (the order) counts once;
 * refused when the usage limit is reached or the promotion has ended.
 */
public record RedeemPromotion(@TargetAggregateIdentifier PromotionId promotionId, String redemptionId, Instant redeemedAt) {
}
