package iq.tsh.erp.api.review;

import iq.tsh.erp.api.DomainEvent;
import java.time.Instant;

/** Ops set the review's status (approved, rejected or hidden), with their reason. */
public record ReviewModerated(
        ReviewId reviewId,
        String itemId,
        ReviewStatus status,
        String reason,
        String moderator,
        Instant moderatedAt) implements DomainEvent {
}
