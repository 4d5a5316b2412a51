package iq.tsh.erp.api.promotion;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** One order used the promotion; {@code usageCount} is the total uses including this one. */
public record PromotionRedeemed(PromotionId promotionId, String redemptionId, int usageCount, Instant redeemedAt) implements DomainEvent {
}
