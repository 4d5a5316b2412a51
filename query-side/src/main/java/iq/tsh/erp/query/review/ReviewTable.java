package iq.tsh.erp.query.review;

import iq.tsh.erp.api.review.ReviewEdited;
import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.api.review.ReviewSubmitted;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The writes of the reviews read model, in plain SQL because the rating is an aggregate over a product's rows. */
@Component
class ReviewTable {

    private final JdbcTemplate jdbc;

    ReviewTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasApplied(String reviewKey, long sequence) {
        List<Long> last = jdbc.queryForList("SELECT last_sequence FROM reviews WHERE review_id = ?", Long.class, reviewKey);
        return !last.isEmpty() && sequence <= last.get(0);
    }

    void insert(String reviewKey, ReviewSubmitted event, long sequence, Instant at) {
        jdbc.update("""
                INSERT INTO reviews (review_id, item_id, customer_id, rating, title, body, status, created_at, edited_at,
                                     last_sequence, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                reviewKey, event.itemId(), event.customerId(), event.rating(), event.title(), event.body(),
                event.status().name(), ts(event.submittedAt()), ts(event.submittedAt()), sequence, ts(at));
    }

    void edit(String reviewKey, ReviewEdited event, long sequence, Instant at) {
        jdbc.update("""
                UPDATE reviews SET rating = ?, title = ?, body = ?, status = ?, edited_at = ?, last_sequence = ?,
                                   updated_at = ?
                WHERE review_id = ?""",
                event.rating(), event.title(), event.body(), event.status().name(), ts(event.editedAt()), sequence,
                ts(at), reviewKey);
    }

    void flagCount(String reviewKey, int flagCount, long sequence, Instant at) {
        jdbc.update("UPDATE reviews SET flag_count = ?, last_sequence = ?, updated_at = ? WHERE review_id = ?",
                flagCount, sequence, ts(at), reviewKey);
    }

    void status(String reviewKey, ReviewStatus status, String reason, long sequence, Instant at) {
        jdbc.update("""
                UPDATE reviews SET status = ?, moderation_reason = ?, last_sequence = ?, updated_at = ?
                WHERE review_id = ?""", status.name(), reason, sequence, ts(at), reviewKey);
    }

    /**
     * Sets the product's rating from its approved reviews. Reviews of one product may be projected by both
     * segments at once; the per-product lock makes the second wait and then count the first one's committed row.
     */
    void recomputeRating(String itemId) {
        jdbc.queryForObject("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('product_ratings:' || ?))) AS locked",
                Integer.class, itemId);
        jdbc.update("""
                INSERT INTO product_ratings (item_id, rating_average, rating_count)
                SELECT ?, COALESCE(ROUND(AVG(rating), 2), 0), COUNT(*)
                FROM reviews WHERE item_id = ? AND status = 'APPROVED'
                ON CONFLICT (item_id) DO UPDATE
                SET rating_average = EXCLUDED.rating_average, rating_count = EXCLUDED.rating_count""", itemId, itemId);
    }

    /** product_ratings is written only here, so a rebuild clears it too. */
    void clear() {
        jdbc.update("DELETE FROM reviews");
        jdbc.update("DELETE FROM product_ratings");
    }

    /** The driver maps OffsetDateTime to timestamptz exactly, whatever the JVM's or the session's time zone. */
    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
