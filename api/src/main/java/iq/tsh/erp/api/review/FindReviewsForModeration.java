package iq.tsh.erp.api.review;

/**
 * Reviews for ops to moderate, newest first, answering a {@link ReviewPage}.
 *
 * @param itemId only this Zoho item's reviews; null for every product's
 */
public record FindReviewsForModeration(ReviewFilter filter, String itemId, ReviewCursor after, int limit) {
}
