package iq.tsh.erp.api.review;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/**
 * Enough customers flagged the review that it left the public list without waiting for ops. {@code status} is
 * always {@code HIDDEN}: stated so that the event reads whole on its own, in the audit's state too.
 */
public record ReviewHidden(ReviewId reviewId, String itemId, ReviewStatus status, int flagCount, Instant hiddenAt) implements DomainEvent {
}
