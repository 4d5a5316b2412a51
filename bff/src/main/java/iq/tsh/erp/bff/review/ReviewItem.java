package iq.tsh.erp.bff.review;

import iq.tsh.erp.api.review.ReviewView;
import java.time.Instant;

/**
 * A review as the app shows it: signed with a display name, without the customer's id or moderation state. Public
 * so that the product page can show its latest reviews in the same shape as the review list.
 */
public record ReviewItem(String id, String productId, int rating, String title, String body, String author,
                  Instant createdAt, Instant updatedAt) {

    public static ReviewItem of(ReviewView view) {
        return new ReviewItem(view.id(), view.itemId(), view.rating(), view.title(), view.body(), view.author(),
                view.createdAt(), view.updatedAt());
    }
}
