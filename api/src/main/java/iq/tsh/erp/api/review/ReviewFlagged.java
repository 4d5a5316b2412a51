package iq.tsh.erp.api.review;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/**
 * A customer flagged the review, once. Field names differ from the author's ({@code customerId}) and ops' ({@code
 * reason}) so that the audit's state, which overlays events' fields, keeps who wrote the review.
 *
 * @param flaggedBy  the customer who flagged it
 * @param flagCount  the distinct customers who have flagged it so far
 */
public record ReviewFlagged(
        ReviewId reviewId,
        String itemId,
        String flaggedBy,
        String flagReason,
        int flagCount,
        Instant flaggedAt) implements DomainEvent {
}
