package iq.tsh.erp.api.review;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A customer says a review is inappropriate. Answers a {@link FlagOutcome}. */
public record FlagReview(
        @TargetAggregateIdentifier ReviewId reviewId,
        String customerId,
        String reason,
        Instant at) {
}
