package iq.tsh.erp.api.review;

/**
 * How far the read model has applied a review's events, answering a {@link ReviewProgress}; the BFF waits on it so
 * that a customer sees their own write in the next read.
 */
public record FindReviewProgress(ReviewId reviewId) {
}
