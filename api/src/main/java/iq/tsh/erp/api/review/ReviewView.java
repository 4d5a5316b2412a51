package iq.tsh.erp.api.review;

import java.time.Instant;

/**
 * One review as the read model holds it. {@code customerId}, {@code status}, {@code flagCount} and
 * {@code moderationReason} are for ops; the app shows {@code author}, a display name, instead.
 *
 * @param id     the review's key (the UUID of its {@link ReviewId})
 * @param author the customer's first name, or {@code "Customer"} when we know none
 */
public record ReviewView(
        String id,
        String itemId,
        String customerId,
        int rating,
        String title,
        String body,
        String author,
        ReviewStatus status,
        int flagCount,
        String moderationReason,
        Instant createdAt,
        Instant updatedAt) {
}
