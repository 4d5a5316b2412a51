package iq.tsh.erp.query.review;

import iq.tsh.erp.api.review.FindReviewProgress;
import iq.tsh.erp.api.review.ReviewEdited;
import iq.tsh.erp.api.review.ReviewFlagged;
import iq.tsh.erp.api.review.ReviewHidden;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewModerated;
import iq.tsh.erp.api.review.ReviewProgress;
import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.api.review.ReviewSubmitted;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Projects review events into {@code reviews} and keeps {@code product_ratings} equal to the average and count of
 * each product's approved reviews, recomputed in the same transaction as the review's change. Each row remembers its
 * aggregate's last applied sequence, so replays change nothing. Authors' names are read from {@code customers}.
 */
@Component
@ProcessingGroup(ReviewProjection.PROCESSING_GROUP)
class ReviewProjection {

    static final String PROCESSING_GROUP = "reviews";

    private final ReviewTable table;
    private final QueryUpdateEmitter updates;

    ReviewProjection(ReviewTable table, QueryUpdateEmitter updates) {
        this.table = table;
        this.updates = updates;
    }

    @EventHandler
    void on(ReviewSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String key = event.reviewId().key();
        once(event.reviewId(), sequence, () -> {
            table.insert(key, event, sequence, at);
            table.recomputeRating(event.itemId());
        });
    }

    @EventHandler
    void on(ReviewEdited event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String key = event.reviewId().key();
        once(event.reviewId(), sequence, () -> {
            table.edit(key, event, sequence, at);
            table.recomputeRating(event.itemId());
        });
    }

    @EventHandler
    void on(ReviewFlagged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String key = event.reviewId().key();
        once(event.reviewId(), sequence, () -> {
            table.flagCount(key, event.flagCount(), sequence, at);
        });
    }

    @EventHandler
    void on(ReviewHidden event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String key = event.reviewId().key();
        once(event.reviewId(), sequence, () -> {
            table.status(key, ReviewStatus.HIDDEN, "hidden after " + event.flagCount() + " customers flagged it",
                    sequence, at);
            table.recomputeRating(event.itemId());
        });
    }

    @EventHandler
    void on(ReviewModerated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        String key = event.reviewId().key();
        once(event.reviewId(), sequence, () -> {
            table.status(key, event.status(), event.reason(), sequence, at);
            table.recomputeRating(event.itemId());
        });
    }

    /**
     * Applies a review's event once (a replayed or redelivered event finds its sequence already applied), then tells
     * whoever waits for this review's progress: Axon sends the update once the batch has committed, so a writer told
     * the sequence is applied reads its own write.
     */
    private void once(ReviewId reviewId, long sequence, Runnable change) {
        if (!table.hasApplied(reviewId.key(), sequence)) {
            change.run();
        }
        updates.emit(FindReviewProgress.class, query -> query.reviewId().equals(reviewId), new ReviewProgress(sequence));
    }

    /** A replay rebuilds everything from the first event; rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        table.clear();
    }
}
