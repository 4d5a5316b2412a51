package iq.tsh.erp.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.Http.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A review from submit to the public list and the product's rating, through edits, flags and moderation. */
class ReviewFlowTest extends ReviewTestBase {

    @Test
    void submittedReviewAppearsInTheListAndTheRating() {
        String item = newProduct();
        String customer = newCustomerId();

        Answer answer = submit(customer, item, "{\"rating\":4,\"title\":\"Good oil\",\"body\":\"Tastes fresh\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        JsonNode review = answer.json();
        assertThat(review.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(review.get("productId").asText()).isEqualTo(item);
        assertThat(review.get("rating").asInt()).isEqualTo(4);
        assertThat(review.get("title").asText()).isEqualTo("Good oil");
        assertThat(review.get("body").asText()).isEqualTo("Tastes fresh");
        assertThat(review.get("author").asText()).isEqualTo("Customer");
        assertThat(review.get("createdAt").asText()).isNotBlank();
        assertThat(review.has("status")).isFalse();
        assertThat(answer.body()).doesNotContain(customer);

        // The answer waited for the read model: the very next read shows the review.
        JsonNode listed = list(item, "");
        assertThat(listed.get("items")).hasSize(1);
        JsonNode item0 = listed.get("items").get(0);
        assertThat(item0.get("id").asText()).isEqualTo(review.get("id").asText());
        assertThat(item0.get("rating").asInt()).isEqualTo(4);
        assertThat(item0.get("author").asText()).isEqualTo("Customer");
        assertThat(item0.has("status")).isFalse();
        assertThat(listed.has("nextCursor")).isFalse();
        assertThat(listed.toString()).doesNotContain(customer);

        Map<String, Object> rating = awaitRating(item, 1);
        assertThat(average(rating)).isEqualByComparingTo("4.00");
        JsonNode product = http().get("/api/mobile/products/" + item).json();
        assertThat(product.get("rating").get("count").asInt()).isEqualTo(1);
        assertThat(product.get("rating").get("average").decimalValue()).isEqualByComparingTo("4");
    }

    @Test
    void signsReviewsWithTheCustomersFirstName() {
        String item = newProduct();
        String customer = newContact("Zainab");

        Answer answer = submit(customer, item, 5, "Lovely");

        assertThat(answer.json().get("author").asText()).isEqualTo("Zainab");
        assertThat(list(item, "").get("items").get(0).get("author").asText()).isEqualTo("Zainab");
        assertThat(list(item, "").toString()).doesNotContain(customer).doesNotContain("@");
    }

    @Test
    void postingAgainEditsTheSameReview() {
        String item = newProduct();
        String customer = newCustomerId();
        String id = review(customer, item, 5, "First");
        String createdAt = list(item, "").get("items").get(0).get("createdAt").asText();

        Answer edit = submit(customer, item, 2, "Second");

        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        assertThat(edit.json().get("id").asText()).isEqualTo(id);
        assertThat(edit.json().get("createdAt").asText()).isEqualTo(createdAt);
        JsonNode items = list(item, "").get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("title").asText()).isEqualTo("Second");
        assertThat(items.get(0).get("rating").asInt()).isEqualTo(2);
        assertThat(average(awaitRating(item, 1))).isEqualByComparingTo("2.00");
    }

    @Test
    void averagesTheApprovedReviewsOfAProduct() {
        String item = newProduct();
        review(newCustomerId(), item, 5, "a");
        review(newCustomerId(), item, 4, "b");
        review(newCustomerId(), item, 4, "c");

        assertThat(average(awaitRating(item, 3))).isEqualByComparingTo("4.33");
    }

    @Test
    void countsEveryReviewWhenManyArriveAtOnce() throws Exception {
        String item = newProduct();
        List<Callable<Integer>> writers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int rating = 1 + i % 5;
            writers.add(() -> submit(newCustomerId(), item, rating, "burst").status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Integer> status : pool.invokeAll(writers)) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }

        // Ratings 1,2,3,4,5,1,2,3: 21 / 8.
        assertThat(average(awaitRating(item, 8))).isEqualByComparingTo("2.63");
    }

    @Test
    void aReplayRebuildsReviewsAndRatings() {
        String item = newProduct();
        String customer = newContact("Ali");
        String id = review(customer, item, 5, "Replay me");
        review(newCustomerId(), item, 2, "And me");
        flag(newCustomerId(), id);
        awaitRating(item, 2);
        String rows = "SELECT review_id, rating, title, status, flag_count, last_sequence FROM reviews WHERE item_id = ?"
                + " ORDER BY review_id";
        List<Map<String, Object>> reviewsBefore = jdbc.queryForList(rows, item);
        Map<String, Object> ratingBefore = awaitRating(item, 2);
        // Damage the read model so that only a real rebuild can make it right again.
        jdbc.update("UPDATE product_ratings SET rating_average = 0, rating_count = 0 WHERE item_id = ?", item);
        jdbc.update("DELETE FROM reviews WHERE review_id = ?", id);

        Answer replay = ops().post("/api/zoho/admin/processors/reviews/replay", null, new byte[0]);

        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() ->
                jdbc.queryForList(rows, item).equals(reviewsBefore) && ratingBefore.equals(jdbc.queryForMap(
                        "SELECT rating_average, rating_count FROM product_ratings WHERE item_id = ?", item)));
        assertThat(list(item, "").get("items").findValuesAsText("author")).contains("Ali");
    }

    @Test
    void listsNewestFirstInPages() {
        String item = newProduct();
        for (int i = 1; i <= 5; i++) {
            review(newCustomerId(), item, 3, "r" + i);
        }

        List<String> seen = new ArrayList<>();
        JsonNode page = list(item, "?limit=2");
        assertThat(page.get("items")).hasSize(2);
        seen.addAll(page.get("items").findValuesAsText("title"));
        while (page.has("nextCursor")) {
            page = list(item, "?limit=2&cursor=" + page.get("nextCursor").asText());
            seen.addAll(page.get("items").findValuesAsText("title"));
        }

        assertThat(seen).containsExactly("r5", "r4", "r3", "r2", "r1");
        assertThat(list(item, "?limit=500").get("items")).hasSize(5);
    }

    @Test
    void threeDistinctCustomersFlagsHideAReviewAndARepeatedFlagDoesNotCount() {
        String item = newProduct();
        String author = newCustomerId();
        String id = review(author, item, 1, "Rude words");
        review(newCustomerId(), item, 5, "Kind words");
        assertThat(awaitRating(item, 2)).isNotNull();
        String first = newCustomerId();
        String second = newCustomerId();

        Answer flagged = flag(first, id);
        assertThat(flagged.status()).as(flagged.body()).isEqualTo(200);
        assertThat(flagged.json().get("counted").asBoolean()).isTrue();
        Answer again = flag(first, id);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("counted").asBoolean()).isFalse();
        flag(first, id);
        assertThat(flag(second, id).status()).isEqualTo(200);

        assertThat(titles(item)).contains("Rude words");
        assertThat(flag(newCustomerId(), id).status()).isEqualTo(200);

        assertThat(titles(item)).containsExactly("Kind words");
        assertThat(average(awaitRating(item, 1))).isEqualByComparingTo("5.00");
        JsonNode hidden = ops().get("/api/admin/reviews?status=hidden&productId=" + item).json().get("items");
        assertThat(hidden.findValuesAsText("id")).containsExactly(id);
        assertThat(jdbc.queryForObject("SELECT flag_count FROM reviews WHERE review_id = ?", Integer.class, id)).isEqualTo(3);
        // Auditors see the review as it stands: still its author's, hidden, with three flags.
        JsonNode state = http().as(iq.tsh.erp.app.Tokens.auditor())
                .get("/api/audit/aggregates/review:" + id + "/state").json().get("state");
        assertThat(state.get("customerId").asText()).isEqualTo(author);
        assertThat(state.get("status").asText()).isEqualTo("HIDDEN");
        assertThat(state.get("flagCount").asInt()).isEqualTo(3);
    }

    @Test
    void opsRejectHideAndApproveAgain() {
        String item = newProduct();
        String id = review(newCustomerId(), item, 2, "Meh");
        review(newCustomerId(), item, 4, "Fine");

        Answer rejected = moderate(id, "{\"status\":\"rejected\",\"reason\":\"off topic\"}");
        assertThat(rejected.status()).as(rejected.body()).isEqualTo(200);
        assertThat(rejected.json().get("status").asText()).isEqualTo("rejected");
        assertThat(titles(item)).containsExactly("Fine");
        assertThat(average(awaitRating(item, 1))).isEqualByComparingTo("4.00");

        assertThat(moderate(id, "{\"decision\":\"approve\"}").json().get("status").asText()).isEqualTo("approved");
        assertThat(titles(item)).containsExactlyInAnyOrder("Fine", "Meh");
        assertThat(average(awaitRating(item, 2))).isEqualByComparingTo("3.00");

        assertThat(moderate(id, "{\"action\":\"HIDE\",\"reason\":\"rude\"}").json().get("status").asText()).isEqualTo("hidden");
        assertThat(titles(item)).containsExactly("Fine");
        JsonNode admin = ops().get("/api/admin/reviews?productId=" + item).json().get("items");
        assertThat(admin).hasSize(2);
        JsonNode mine = admin.get(0).get("id").asText().equals(id) ? admin.get(0) : admin.get(1);
        assertThat(mine.get("moderationReason").asText()).isEqualTo("rude");
        assertThat(mine.get("status").asText()).isEqualTo("hidden");
    }

    @Test
    void anEditDoesNotBringAHiddenReviewBack() {
        String item = newProduct();
        String customer = newCustomerId();
        String id = review(customer, item, 1, "Rude");
        assertThat(moderate(id, "{\"status\":\"hidden\"}").status()).isEqualTo(200);

        Answer edit = submit(customer, item, 5, "Polite");

        assertThat(edit.status()).isEqualTo(200);
        assertThat(list(item, "").get("items")).isEmpty();
        assertThat(awaitRating(item, 0).get("rating_count")).isEqualTo(0);
        assertThat(jdbc.queryForObject("SELECT title FROM reviews WHERE review_id = ?", String.class, id))
                .isEqualTo("Polite");
    }

    @Test
    void aCustomerCannotFlagTheirOwnReview() {
        String item = newProduct();
        String customer = newCustomerId();
        String id = review(customer, item, 3, "Mine");

        assertProblem(flag(customer, id), 409);
    }

    @Test
    void opsListFlaggedReviews() {
        String item = newProduct();
        String id = review(newCustomerId(), item, 3, "Flag me");
        flag(newCustomerId(), id);

        JsonNode flagged = ops().get("/api/admin/reviews?status=flagged&productId=" + item).json();

        assertThat(flagged.get("items")).hasSize(1);
        JsonNode found = flagged.get("items").get(0);
        assertThat(found.get("id").asText()).isEqualTo(id);
        assertThat(found.get("flagCount").asInt()).isEqualTo(1);
        assertThat(found.get("status").asText()).isEqualTo("approved");
        assertThat(found.get("customerId").asText()).startsWith("4702");
    }
}
