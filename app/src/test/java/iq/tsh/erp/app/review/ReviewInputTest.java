package iq.tsh.erp.app.review;

import static org.assertj.core.api.Assertions.assertThat;

import iq.tsh.erp.app.Http.Answer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad review input is a 400 problem naming the field, unknown things are 404 problems, and nothing is stored. */
class ReviewInputTest extends ReviewTestBase {

    private String item;
    private String customer;

    @BeforeEach
    void product() {
        item = newProduct();
        customer = newCustomerId();
    }

    @Test
    void refusesRatingsOutsideOneToFive() {
        assertBadField(submit(customer, item, "{\"rating\":0}"), "rating");
        assertBadField(submit(customer, item, "{\"rating\":6}"), "rating");
        assertBadField(submit(customer, item, "{\"rating\":-1}"), "rating");
    }

    @Test
    void refusesRatingsThatAreNotWholeNumbers() {
        assertBadField(submit(customer, item, "{\"rating\":3.5}"), "rating");
        assertBadField(submit(customer, item, "{\"rating\":\"x\"}"), "rating");
        assertBadField(submit(customer, item, "{\"rating\":\"4\"}"), "rating");
        assertBadField(submit(customer, item, "{\"rating\":true}"), "rating");
        assertBadField(submit(customer, item, "{\"rating\":99999999999999999999}"), "rating");
    }

    @Test
    void refusesAMissingRating() {
        assertBadField(submit(customer, item, "{\"title\":\"No stars\"}"), "rating");
        assertBadField(submit(customer, item, "{\"rating\":null}"), "rating");
    }

    @Test
    void refusesOversizedTitleAndBody() {
        assertBadField(submit(customer, item, "{\"rating\":3,\"title\":\"" + "t".repeat(121) + "\"}"), "title");
        assertBadField(submit(customer, item, "{\"rating\":3,\"body\":\"" + "b".repeat(2001) + "\"}"), "body");
        assertBadField(submit(customer, item, "{\"rating\":3,\"title\":42}"), "title");
    }

    @Test
    void acceptsTheLongestTitleAndBodyInArabic() {
        Answer answer = submit(customer, item, "{\"rating\":3,\"title\":\"" + "ز".repeat(120) + "\",\"body\":\""
                + "ت".repeat(2000) + "\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("title").asText()).hasSize(120);
    }

    @Test
    void acceptsARatingWithoutWords() {
        Answer answer = submit(customer, item, "{\"rating\":5}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().has("title")).isFalse();
    }

    @Test
    void refusesMalformedJson() {
        assertBadField(submit(customer, item, "{\"rating\":"), "$");
        assertBadField(submit(customer, item, "[1,2]"), "$");
        Answer empty = customer(customer).post("/api/mobile/products/" + item + "/reviews", "application/json",
                new byte[0]);
        assertBadField(empty, "$");
        Answer text = customer(customer).post("/api/mobile/products/" + item + "/reviews", "text/plain",
                "rating=5".getBytes(StandardCharsets.UTF_8));
        assertBadField(text, "$");
    }

    @Test
    void refusesAMalformedFlagButAcceptsAnEmptyOne() {
        String id = review(newCustomerId(), item, 3, "flag target");
        String path = "/api/mobile/reviews/" + id + "/flag";

        assertBadField(customer(customer).postJson(path, "{\"reason\":"), "$");
        assertBadField(customer(customer).postJson(path, "{\"reason\":\"" + "r".repeat(501) + "\"}"), "reason");
        assertThat(customer(customer).post(path, null, new byte[0]).status()).isEqualTo(200);
    }

    @Test
    void storesNothingForBadInput() {
        submit(customer, item, "{\"rating\":9,\"title\":\"no\"}");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM reviews WHERE item_id = ?", Long.class, item)).isZero();
    }

    @Test
    void refusesTextTheDatabaseCannotHoldAndStoresNoEvent() {
        long events = events();

        assertBadField(submit(customer, item, "{\"rating\":4,\"title\":\"nice\\u0000\"}"), "title");
        assertBadField(submit(customer, item, "{\"rating\":4,\"body\":\"half \\ud800 a pair\"}"), "body");
        assertBadField(submit(customer, item, "{\"rating\":4,\"rating\":5}"), "rating");
        assertBadField(submit(customer, item, "{\"rating\":1e10000000}"), "rating");
        assertThat(events()).as("no refused review is stored").isEqualTo(events);

        String reviewId = review(newCustomerId(), item, 3, "to flag");
        long afterReview = events();
        assertBadField(customer(customer).postJson("/api/mobile/reviews/" + reviewId + "/flag",
                "{\"reason\":\"spam\\u0000\"}"), "reason");
        assertBadField(moderate(reviewId, "{\"status\":\"hidden\",\"reason\":\"\\udc00\"}"), "reason");

        assertThat(afterReview).as("the good review is stored").isGreaterThan(events);
        assertThat(events()).as("the refused flag and moderation add nothing").isEqualTo(afterReview);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM reviews WHERE item_id = ? AND title LIKE 'nice%'",
                Long.class, item)).isZero();
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }

    @Test
    void answersNotFoundForUnknownProducts() {
        assertProblem(submit(customer, "4701999999999999999", 4, "ghost"), 404);
        assertProblem(http().get("/api/mobile/products/4701999999999999999/reviews"), 404);
    }

    @Test
    void answersNotFoundForDeletedProducts() {
        String deleted = newProduct();
        String delivery = iq.tsh.erp.app.Samples.text("item-deleted-1.json").replace("5128640000000001009", deleted);
        assertThat(http().postJson("/api/zoho/webhooks/products", delivery, "X-Erp-Event", "deleted").status())
                .isEqualTo(200);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> http().get("/api/mobile/products/" + deleted).status() == 404);

        assertProblem(submit(customer, deleted, 4, "gone"), 404);
        assertProblem(http().get("/api/mobile/products/" + deleted + "/reviews"), 404);
    }

    @Test
    void answersNotFoundForUnknownReviews() {
        String unknown = "0b7e8a52-3c44-3d1a-9d5f-2b8f0c1e4a77";
        assertProblem(flag(customer, unknown), 404);
        assertProblem(flag(customer, "not-a-uuid"), 404);
        assertProblem(moderate(unknown, "{\"status\":\"approved\"}"), 404);
        assertProblem(moderate("not-a-uuid", "{\"status\":\"approved\"}"), 404);
    }

    @Test
    void refusesABadModerationStatus() {
        String id = review(customer, item, 3, "ok");

        assertBadField(moderate(id, "{\"status\":\"maybe\"}"), "status");
        assertBadField(moderate(id, "{\"decision\":\"pending\"}"), "decision");
        assertBadField(moderate(id, "{\"reason\":\"no decision\"}"), "status");
        assertBadField(moderate(id, "{\"status\":5}"), "status");
        assertBadField(moderate(id, "{\"status\":"), "$");
        assertThat(list(item, "").get("items")).hasSize(1);
    }

    @Test
    void refusesBadListParameters() {
        assertBadField(http().get("/api/mobile/products/" + item + "/reviews?limit=0"), "limit");
        assertBadField(http().get("/api/mobile/products/" + item + "/reviews?limit=ten"), "limit");
        assertBadField(http().get("/api/mobile/products/" + item + "/reviews?cursor=bm9wZQ"), "cursor");
        assertBadField(http().get("/api/mobile/products/" + item + "/reviews?cursor=%25%25"), "cursor");
        assertBadField(ops().get("/api/admin/reviews?status=lost"), "status");
    }
}
