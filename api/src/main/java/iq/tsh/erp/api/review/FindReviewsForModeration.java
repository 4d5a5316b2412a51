package iq.tsh.erp.api.review;

/** Reviews for ops to moderate, newest first, answering a {@link ReviewPage}. */
public record FindReviewsForModeration(ReviewFilter filter, ReviewCursor after, int limit) {
}
