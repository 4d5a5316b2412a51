package iq.tsh.erp.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.Http.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** With {@code erp.reviews.auto-approve=false} a review waits for ops before anyone else sees it or it counts. */
@TestPropertySource(properties = "erp.reviews.auto-approve=false")
class ReviewPendingModerationTest extends ReviewTestBase {

    private boolean pendingListContains(String item, String id) {
        JsonNode items = ops().get("/api/admin/reviews?status=pending&productId=" + item).json().get("items");
        return items.findValuesAsText("id").contains(id);
    }

    @Test
    void aNewReviewWaitsForOpsApproval() {
        String item = newProduct();
        String customer = newCustomerId();

        Answer answer = submit(customer, item, 5, "Wait for it");

        assertThat(answer.status()).isEqualTo(201);
        String id = answer.json().get("id").asText();
        assertThat(list(item, "").get("items")).isEmpty();
        assertThat(awaitRating(item, 0).get("rating_count")).isEqualTo(0);
        assertThat(pendingListContains(item, id)).isTrue();
        assertProblem(flag(newCustomerId(), id), 404);

        assertThat(moderate(id, "{\"status\":\"approve\"}").json().get("status").asText()).isEqualTo("approved");

        assertThat(titles(item)).containsExactly("Wait for it");
        assertThat(average(awaitRating(item, 1))).isEqualByComparingTo("5.00");
        assertThat(pendingListContains(item, id)).isFalse();
    }

    @Test
    void anEditOfAnApprovedReviewWaitsForOpsAgain() {
        String item = newProduct();
        String customer = newCustomerId();
        String id = review(customer, item, 4, "Before");
        moderate(id, "{\"status\":\"approved\"}");
        assertThat(titles(item)).containsExactly("Before");

        assertThat(submit(customer, item, 1, "After").status()).isEqualTo(200);

        assertThat(list(item, "").get("items")).isEmpty();
        assertThat(pendingListContains(item, id)).isTrue();
        assertThat(awaitRating(item, 0).get("rating_count")).isEqualTo(0);
    }
}
