package iq.tsh.erp.audit.fold;

import iq.tsh.erp.api.review.ReviewEdited;
import iq.tsh.erp.api.review.ReviewFlagged;
import iq.tsh.erp.api.review.ReviewHidden;
import iq.tsh.erp.api.review.ReviewModerated;
import iq.tsh.erp.api.review.ReviewSubmitted;

/**
 * A review: each event's fields overwrite, which is right because the review events were named for it (the author
 * is {@code customerId}, a flagger {@code flaggedBy}, ops' reason {@code reason}, a flagger's {@code flagReason}),
 * and each event that moves the review states its {@code status} after the move.
 */
final class ReviewFold {

    static final AggregateFold FOLD = AggregateFold.of("Review")
            .on(ReviewSubmitted.class, Steps::changed)
            .on(ReviewEdited.class, Steps::changed)
            .on(ReviewFlagged.class, Steps::changed)
            .on(ReviewHidden.class, Steps::changed)
            .on(ReviewModerated.class, Steps::changed)
            .build();

    private ReviewFold() {
    }
}
