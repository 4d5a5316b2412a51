package iq.tsh.erp.api.review;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** The author replaced the rating and words of their review; {@code status} is the review's status after the edit. */
public record ReviewEdited(
        ReviewId reviewId,
        String itemId,
        int rating,
        String title,
        String body,
        ReviewStatus status,
        Instant editedAt) implements DomainEvent {
}
