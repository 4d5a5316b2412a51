package iq.tsh.erp.api.review;

/**
 * What a {@link ModerateReview} did.
 *
 * @param changed  false when the review already had that status
 * @param sequence the review's last event sequence
 */
public record ModerationOutcome(boolean changed, ReviewStatus status, long sequence) {
}
