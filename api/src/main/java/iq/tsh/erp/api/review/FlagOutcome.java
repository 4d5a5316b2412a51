package iq.tsh.erp.api.review;

/**
 * What a {@link FlagReview} did.
 *
 * @param counted  false when this customer had flagged the review before (a flag counts once)
 * @param status   the review's status afterwards ({@code HIDDEN} once three customers flagged it)
 * @param sequence the review's last event sequence
 */
public record FlagOutcome(boolean counted, ReviewStatus status, long sequence) {
}
