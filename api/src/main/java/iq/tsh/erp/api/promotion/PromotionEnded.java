package iq.tsh.erp.api.promotion;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** Ops ended a promotion before (or instead of) its end date; it applies to nothing from {@code endedAt} on. */
public record PromotionEnded(PromotionId promotionId, Instant endedAt) implements DomainEvent {
}
