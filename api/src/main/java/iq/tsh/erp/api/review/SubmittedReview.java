package iq.tsh.erp.api.review;

import java.time.Instant;

/**
 * What a {@link SubmitReview} did.
 *
 * @param created  whether this was the customer's first review of the product (else an edit)
 * @param sequence the review's last event sequence, to wait for the read model to reach it
 */
public record SubmittedReview(boolean created, ReviewStatus status, Instant createdAt, Instant updatedAt, long sequence) {
}
