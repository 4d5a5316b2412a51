package iq.tsh.erp.command.review;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import iq.tsh.erp.api.review.FlagOutcome;
import iq.tsh.erp.api.review.FlagReview;
import iq.tsh.erp.api.review.ModerateReview;
import iq.tsh.erp.api.review.ModerationOutcome;
import iq.tsh.erp.api.review.ReviewEdited;
import iq.tsh.erp.api.review.ReviewFlagged;
import iq.tsh.erp.api.review.ReviewHidden;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewModerated;
import iq.tsh.erp.api.review.ReviewRejectedException;
import iq.tsh.erp.api.review.ReviewRejection;
import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.api.review.ReviewSubmitted;
import iq.tsh.erp.api.review.SubmitReview;
import iq.tsh.erp.api.review.SubmittedReview;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One customer's review of one product. Its id comes from both, so submitting again edits it. Customers flag a
 * review once each; the third customer's flag hides it until ops decide. Only moderation (an ops route) sets the
 * status otherwise, and an author's edit never brings a rejected or hidden review back into sight.
 */
@Aggregate
public class Review {

    /** Distinct customers' flags since ops last approved the review that take it out of sight. */
    static final int FLAGS_TO_HIDE = 3;

    @AggregateIdentifier
    private ReviewId reviewId;
    private String itemId;
    private String customerId;
    private int rating;
    private String title;
    private String body;
    private ReviewStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    private final Set<String> flaggedBy = new HashSet<>();
    private int flagsSinceApproval;
    private long lastSequence = -1;

    protected Review() {
        // Axon rebuilds the review from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public SubmittedReview handle(SubmitReview command) {
        if (command.rating() < 1 || command.rating() > 5) {
            throw new ReviewRejectedException(ReviewRejection.RATING_OUT_OF_RANGE,
                    "rating must be a whole number from 1 to 5");
        }
        if (reviewId == null) {
            ReviewStatus initial = command.autoApprove() ? ReviewStatus.APPROVED : ReviewStatus.PENDING;
            apply(new ReviewSubmitted(command.reviewId(), command.itemId(), command.customerId(), command.rating(),
                    command.title(), command.body(), initial, command.at()));
            return new SubmittedReview(true, status, createdAt, updatedAt, lastSequence);
        }
        if (!customerId.equals(command.customerId())) {
            throw new ReviewRejectedException(ReviewRejection.NOT_THE_AUTHOR, "this review belongs to another customer");
        }
        boolean same = rating == command.rating() && Objects.equals(title, command.title())
                && Objects.equals(body, command.body());
        if (!same) {
            apply(new ReviewEdited(reviewId, itemId, command.rating(), command.title(), command.body(),
                    statusAfterEdit(command.autoApprove()), command.at()));
        }
        return new SubmittedReview(false, status, createdAt, updatedAt, lastSequence);
    }

    /**
     * Ops judged the words they saw: a rejected or hidden review stays so whatever the author changes, else a
     * trivial edit would undo moderation. Without auto-approval an approved review's new words wait for ops again.
     */
    private ReviewStatus statusAfterEdit(boolean autoApprove) {
        if (status == ReviewStatus.APPROVED && !autoApprove) {
            return ReviewStatus.PENDING;
        }
        return status;
    }

    @CommandHandler
    public FlagOutcome handle(FlagReview command) {
        if (customerId.equals(command.customerId())) {
            throw new ReviewRejectedException(ReviewRejection.OWN_REVIEW, "you cannot flag your own review");
        }
        if (flaggedBy.contains(command.customerId())) {
            return new FlagOutcome(false, status, lastSequence);
        }
        if (!status.isVisible()) {
            throw new ReviewRejectedException(ReviewRejection.NOT_VISIBLE, "no visible review " + reviewId.key());
        }
        apply(new ReviewFlagged(reviewId, itemId, command.customerId(), command.reason(), flaggedBy.size() + 1,
                command.at()));
        if (flagsSinceApproval >= FLAGS_TO_HIDE) {
            apply(new ReviewHidden(reviewId, itemId, ReviewStatus.HIDDEN, flaggedBy.size(), command.at()));
        }
        return new FlagOutcome(true, status, lastSequence);
    }

    @CommandHandler
    public ModerationOutcome handle(ModerateReview command) {
        if (command.status() == null || command.status() == ReviewStatus.PENDING) {
            throw new ReviewRejectedException(ReviewRejection.UNKNOWN_DECISION,
                    "moderation approves, rejects or hides a review");
        }
        // Approving a visible review that customers flagged still counts: it clears their flags' tally.
        boolean clearsFlags = command.status() == ReviewStatus.APPROVED && flagsSinceApproval > 0;
        if (command.status() == status && !clearsFlags) {
            return new ModerationOutcome(false, status, lastSequence);
        }
        apply(new ReviewModerated(reviewId, itemId, command.status(), command.reason(), command.moderator(),
                command.at()));
        return new ModerationOutcome(true, status, lastSequence);
    }

    @EventSourcingHandler
    void on(ReviewSubmitted event, @SequenceNumber long sequence) {
        reviewId = event.reviewId();
        itemId = event.itemId();
        customerId = event.customerId();
        rating = event.rating();
        title = event.title();
        body = event.body();
        status = event.status();
        createdAt = event.submittedAt();
        updatedAt = event.submittedAt();
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ReviewEdited event, @SequenceNumber long sequence) {
        rating = event.rating();
        title = event.title();
        body = event.body();
        status = event.status();
        updatedAt = event.editedAt();
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ReviewFlagged event, @SequenceNumber long sequence) {
        flaggedBy.add(event.flaggedBy());
        flagsSinceApproval++;
        lastSequence = sequence;
    }

    @EventSourcingHandler
    void on(ReviewHidden event, @SequenceNumber long sequence) {
        status = ReviewStatus.HIDDEN;
        lastSequence = sequence;
    }

    /** Approval is ops' answer to the flags so far: only new customers' flags can hide the review again. */
    @EventSourcingHandler
    void on(ReviewModerated event, @SequenceNumber long sequence) {
        status = event.status();
        if (status == ReviewStatus.APPROVED) {
            flagsSinceApproval = 0;
        }
        lastSequence = sequence;
    }
}
