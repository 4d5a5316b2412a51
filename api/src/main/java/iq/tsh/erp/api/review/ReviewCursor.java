package iq.tsh.erp.api.review;

import java.time.Instant;

/** Where a page of reviews (newest first) stopped: the last review's creation time and key. */
public record ReviewCursor(Instant createdAt, String reviewKey) {
}
