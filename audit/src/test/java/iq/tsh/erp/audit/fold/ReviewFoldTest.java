package iq.tsh.erp.audit.fold;

import static iq.tsh.erp.audit.fold.Stored.stateOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.api.review.ReviewEdited;
import iq.tsh.erp.api.review.ReviewFlagged;
import iq.tsh.erp.api.review.ReviewHidden;
import iq.tsh.erp.api.review.ReviewId;
import iq.tsh.erp.api.review.ReviewModerated;
import iq.tsh.erp.api.review.ReviewStatus;
import iq.tsh.erp.api.review.ReviewSubmitted;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewFoldTest {

    private static final String ITEM = "5128640000000001001";
    private static final String AUTHOR = "5128640000000050001";
    private static final ReviewId ID = ReviewId.of(ITEM, AUTHOR);
    private static final Instant T1 = Instant.parse("2025-05-05T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-05-06T09:00:00Z");
    private static final Instant T3 = Instant.parse("2025-05-07T09:00:00Z");

    private static ReviewSubmitted submitted() {
        return new ReviewSubmitted(ID, ITEM, AUTHOR, 2, "Meh", "Broke in a week", ReviewStatus.APPROVED, T1);
    }

    @Test
    void aHiddenReviewIsStillItsAuthors() {
        ObjectNode state = stateOf(submitted(),
                new ReviewFlagged(ID, ITEM, "5128640000000050009", "rude", 3, T2),
                new ReviewHidden(ID, ITEM, ReviewStatus.HIDDEN, 3, T2));

        assertThat(state.get("customerId").asText()).isEqualTo(AUTHOR);
        assertThat(state.get("flaggedBy").asText()).isEqualTo("5128640000000050009");
        assertThat(state.get("status").asText()).isEqualTo("HIDDEN");
        assertThat(state.get("flagCount").intValue()).isEqualTo(3);
        assertThat(state.get("deleted").asBoolean()).isFalse();
    }

    @Test
    void anEditAndAModerationSetTheWordsAndTheStatus() {
        ObjectNode state = stateOf(submitted(),
                new ReviewEdited(ID, ITEM, 4, "Better", "Replaced for free", ReviewStatus.PENDING, T2),
                new ReviewModerated(ID, ITEM, ReviewStatus.REJECTED, "off topic", "ops-1", T3));

        assertThat(state.get("rating").intValue()).isEqualTo(4);
        assertThat(state.get("title").asText()).isEqualTo("Better");
        assertThat(state.get("status").asText()).isEqualTo("REJECTED");
        assertThat(state.get("reason").asText()).isEqualTo("off topic");
        assertThat(state.get("submittedAt").asText()).isEqualTo(T1.toString());
    }
}
