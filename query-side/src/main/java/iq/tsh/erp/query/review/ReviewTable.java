package iq.tsh.erp.query.review;

import iq.tsh.erp.api.readmodel.FindProjectionProgress;
import iq.tsh.erp.api.review.ReviewEdited;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.api.review.ReviewSubmitted;
import iq.tsh.erp.query.common.HeadRow;
import iq.tsh.erp.query.common.ProgressSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the reviews read model: {@code reviews}, and {@code product_ratings} recomputed from it. Every write of a
 * review row is guarded by its {@code last_sequence} and says whether it changed the row (the apply-once rule,
 * docs/read-models.md); the rating is recomputed only then.
 */
@Component
class ReviewTable implements ProgressSource {

    private static final HeadRow HEAD = new HeadRow("reviews", "review_id");

    private final JdbcTemplate jdbc;

    ReviewTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A new review; a replay of its first event finds the row at that sequence already and changes nothing. */
    boolean insert(String reviewKey, ReviewSubmitted event, long sequence, Instant at) {
        return jdbc.update("""
                INSERT INTO reviews (review_id, item_id, customer_id, rating, title, body, status, created_at, edited_at,
                                     last_sequence, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (review_id) DO UPDATE SET item_id = EXCLUDED.item_id, customer_id = EXCLUDED.customer_id,
                    rating = EXCLUDED.rating, title = EXCLUDED.title, body = EXCLUDED.body, status = EXCLUDED.status,
                    created_at = EXCLUDED.created_at, edited_at = EXCLUDED.edited_at,
                    last_sequence = EXCLUDED.last_sequence, updated_at = EXCLUDED.updated_at
                WHERE reviews.last_sequence < EXCLUDED.last_sequence""",
                reviewKey, event.itemId(), event.customerId(), event.rating(), event.title(), event.body(),
                event.status().name(), ts(event.submittedAt()), ts(event.submittedAt()), sequence, ts(at)) == 1;
    }

    boolean edit(String reviewKey, ReviewEdited event, long sequence, Instant at) {
        return jdbc.update("""
                UPDATE reviews SET rating = ?, title = ?, body = ?, status = ?, edited_at = ?, last_sequence = ?,
                                   updated_at = ?
                WHERE review_id = ? AND last_sequence < ?""",
                event.rating(), event.title(), event.body(), event.status().name(), ts(event.editedAt()), sequence,
                ts(at), reviewKey, sequence) == 1;
    }

    boolean flagCount(String reviewKey, int flagCount, long sequence, Instant at) {
        return jdbc.update("""
                UPDATE reviews SET flag_count = ?, last_sequence = ?, updated_at = ?
                WHERE review_id = ? AND last_sequence < ?""",
                flagCount, sequence, ts(at), reviewKey, sequence) == 1;
    }

    boolean status(String reviewKey, ReviewStatus status, String reason, long sequence, Instant at) {
        return jdbc.update("""
                UPDATE reviews SET status = ?, moderation_reason = ?, last_sequence = ?, updated_at = ?
                WHERE review_id = ? AND last_sequence < ?""", status.name(), reason, sequence, ts(at), reviewKey,
                sequence) == 1;
    }

    @Override
    public String readModel() {
        return FindProjectionProgress.REVIEWS;
    }

    @Override
    public long lastApplied(String aggregateId) {
        return HEAD.lastSequence(jdbc, new ReviewId(aggregateId).key());
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
