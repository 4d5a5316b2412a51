package iq.tsh.erp.api.review;

import java.time.Instant;

/**
 * A customer flagged the review, once.
 *
 * @param flagCount the distinct customers who have flagged it so far
 */
public record ReviewFlagged(
        ReviewId reviewId,
        String itemId,
        String customerId,
        String reason,
        int flagCount,
        Instant flaggedAt) {
}
