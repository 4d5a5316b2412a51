package iq.tsh.erp.query.review;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.api.review.ReviewFlagged;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewModerated;
import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.api.review.ReviewSubmitted;
import iq.tsh.erp.query.common.Projector;
import iq.tsh.erp.query.common.ReadModelDatabase;
import iq.tsh.erp.query.common.Replays;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewProjectionTest {

    private static final String ITEM = "5128000000000000009";
    private static final Instant AT = Instant.parse("2025-05-05T09:00:00Z");

    private final ReviewTable table = new ReviewTable(ReadModelDatabase.jdbc());
    private final Projector projector = new Projector(new ReviewProjection(table, Projector.progressUpdates()), "Review");

    @BeforeEach
    void empty() {
        ReadModelDatabase.emptyReadTables();
    }

    private static ReviewSubmitted submitted(ReviewId id, String customer, int rating) {
        return new ReviewSubmitted(id, ITEM, customer, rating, "title", "body", ReviewStatus.APPROVED, AT);
    }

    @Test
    void ratesAProductOverItsApprovedReviewsOnly() {
        ReviewId first = ReviewId.of(ITEM, "c1");
        ReviewId second = ReviewId.of(ITEM, "c2");
        projector.handle(projector.history(first.toString(), submitted(first, "c1", 5)));
        projector.handle(projector.history(second.toString(), submitted(second, "c2", 2),
                new ReviewFlagged(second, ITEM, "c3", "rude", 1, AT),
                new ReviewModerated(second, ITEM, ReviewStatus.REJECTED, "rude", "ops", AT)));

        Map<String, Object> rating = ReadModelDatabase.jdbc().queryForMap(
                "SELECT rating_average, rating_count FROM product_ratings WHERE item_id = ?", ITEM);
        assertThat((java.math.BigDecimal) rating.get("rating_average")).isEqualByComparingTo("5");
        assertThat(rating.get("rating_count")).isEqualTo(1);
        assertThat(table.lastApplied(second.toString())).isEqualTo(2);
        assertThat(ReadModelDatabase.jdbc().queryForObject("SELECT flag_count FROM reviews WHERE review_id = ?",
                Integer.class, second.key())).isEqualTo(1);
    }

    @Test
    void replayingTwiceGivesTheSameRows() {
        ReviewId id = ReviewId.of(ITEM, "c1");
        Replays.assertReplayable(projector, projector.history(id.toString(), submitted(id, "c1", 4),
                new ReviewFlagged(id, ITEM, "c3", "rude", 1, AT),
                new ReviewModerated(id, ITEM, ReviewStatus.HIDDEN, "rude", "ops", AT),
                new ReviewModerated(id, ITEM, ReviewStatus.APPROVED, "fine", "ops", AT)),
                "reviews", "product_ratings");
    }
}
