package iq.tsh.erp.api.promotion;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stop a promotion at {@code endedAt}; ending an ended promotion changes nothing. Returns the Instant it ended. */
public record EndPromotion(@TargetAggregateIdentifier PromotionId promotionId, Instant endedAt) {
}
