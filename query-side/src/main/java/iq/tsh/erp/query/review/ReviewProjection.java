package iq.tsh.erp.query.review;

import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.api.review.ReviewEdited;
import iq.tsh.erp.api.review.ReviewFlagged;
import iq.tsh.erp.api.review.ReviewHidden;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewModerated;
import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.api.review.ReviewSubmitted;
import iq.tsh.erp.query.common.ProgressUpdates;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
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
    private final ProgressUpdates updates;

    ReviewProjection(ReviewTable table, ProgressUpdates updates) {
        this.table = table;
        this.updates = updates;
    }

    @EventHandler
    void on(ReviewSubmitted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (table.insert(event.reviewId().key(), event, sequence, at)) {
            table.recomputeRating(event.itemId());
        }
        progress(event.reviewId(), sequence);
    }

    @EventHandler
    void on(ReviewEdited event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (table.edit(event.reviewId().key(), event, sequence, at)) {
            table.recomputeRating(event.itemId());
        }
        progress(event.reviewId(), sequence);
    }

    @EventHandler
    void on(ReviewFlagged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        table.flagCount(event.reviewId().key(), event.flagCount(), sequence, at);
        progress(event.reviewId(), sequence);
    }

    @EventHandler
    void on(ReviewHidden event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (table.status(event.reviewId().key(), ReviewStatus.HIDDEN,
                "hidden after " + event.flagCount() + " customers flagged it", sequence, at)) {
            table.recomputeRating(event.itemId());
        }
        progress(event.reviewId(), sequence);
    }

    @EventHandler
    void on(ReviewModerated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (table.status(event.reviewId().key(), event.status(), event.reason(), sequence, at)) {
            table.recomputeRating(event.itemId());
        }
        progress(event.reviewId(), sequence);
    }

    /** Whoever waits to read their own write of this review is told once the batch has committed. */
    private void progress(ReviewId reviewId, long sequence) {
        updates.applied(FindProjectionProgress.REVIEWS, reviewId.toString(), sequence);
    }

    /** A replay rebuilds everything from the first event; rows remember sequences, so they must go first. */
    @ResetHandler
    void reset() {
        table.clear();
    }
}
