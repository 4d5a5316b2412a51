package iq.tsh.erp.api.review;

import java.time.Instant;

/** Enough customers flagged the review that it left the public list without waiting for ops. */
public record ReviewHidden(ReviewId reviewId, String itemId, int flagCount, Instant hiddenAt) {
}
