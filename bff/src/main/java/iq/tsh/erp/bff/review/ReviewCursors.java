package iq.tsh.erp.bff.review;

import iq.tsh.erp.api.review.ReviewCursor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** The opaque {@code cursor} of review lists: where the last page stopped, base64url so apps pass it back untouched. */
final class ReviewCursors {

    private static final String VERSION = "r1";

    private ReviewCursors() {
    }

    static String encode(ReviewCursor cursor) {
        if (cursor == null) {
            return null;
        }
        String plain = VERSION + "|" + cursor.createdAt().getEpochSecond() + "|" + cursor.createdAt().getNano() + "|"
                + cursor.reviewKey();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor the app sent back, or null for the first page; anything we did not make is a 400. */
    static ReviewCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 4 || !VERSION.equals(parts[0])) {
                throw new IllegalArgumentException("not a review cursor");
            }
            Instant createdAt = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return new ReviewCursor(createdAt, UUID.fromString(parts[3]).toString());
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new BadReviewInputException("cursor", "cursor is not one this list gave out");
        }
    }

    /** {@code limit}: 20 unless asked, at most 50 (more is trimmed to 50); not a whole number above 0 is a 400. */
    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return 20;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value < 1) {
                throw new NumberFormatException();
            }
            return Math.min(value, 50);
        } catch (NumberFormatException e) {
            throw new BadReviewInputException("limit", "limit must be a whole number from 1 to 50");
        }
    }
}
