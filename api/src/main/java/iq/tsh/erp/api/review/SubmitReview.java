package iq.tsh.erp.api.review;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A customer's review of a product: the first one creates it, a later one replaces its rating and words. Answers a
 * {@link SubmittedReview}.
 *
 * @param autoApprove whether a new review is visible at once (the {@code erp.reviews.auto-approve} setting)
 * @param at          when the customer sent it
 */
public record SubmitReview(
        @TargetAggregateIdentifier ReviewId reviewId,
        String itemId,
        String customerId,
        int rating,
        String title,
        String body,
        boolean autoApprove,
        Instant at) {
}
