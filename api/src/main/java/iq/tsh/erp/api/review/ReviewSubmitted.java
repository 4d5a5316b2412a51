package iq.tsh.erp.api.review;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** A customer reviewed a product for the first time; {@code status} is APPROVED or PENDING by the setting then. */
public record ReviewSubmitted(
        ReviewId reviewId,
        String itemId,
        String customerId,
        int rating,
        String title,
        String body,
        ReviewStatus status,
        Instant submittedAt) implements DomainEvent {
}
