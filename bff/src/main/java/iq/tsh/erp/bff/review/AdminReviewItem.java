package iq.tsh.erp.bff.review;

import iq.tsh.erp.api.review.ReviewView;
import java.time.Instant;
import java.util.Locale;

/** A review as ops moderate it: with its status, flags, the reason of the last decision and the customer's id. */
record AdminReviewItem(String id, String productId, String customerId, int rating, String title, String body,
                       String author, String status, int flagCount, String moderationReason, Instant createdAt,
                       Instant updatedAt) {

    static AdminReviewItem of(ReviewView view) {
        return new AdminReviewItem(view.id(), view.itemId(), view.customerId(), view.rating(), view.title(),
                view.body(), view.author(), view.status().name().toLowerCase(Locale.ROOT), view.flagCount(),
                view.moderationReason(), view.createdAt(), view.updatedAt());
    }
}
