package iq.tsh.erp.api.review;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Ops decide a review's status: approved, rejected or hidden. Answers a {@link ModerationOutcome}.
 *
 * @param moderator the subject of the ops token
 */
public record ModerateReview(
        @TargetAggregateIdentifier ReviewId reviewId,
        ReviewStatus status,
        String reason,
        String moderator,
        Instant at) {
}
