package iq.tsh.erp.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Products fed through real Zoho webhooks, customers with tokens of their own, and the review calls of the app. */
abstract class ReviewTestBase extends ApplicationTest {

    private static final AtomicLong NEXT_ITEM = new AtomicLong(470_100_000_000_000_000L);
    private static final AtomicLong NEXT_CUSTOMER = new AtomicLong(470_200_000_000_000_000L);

    static String newCustomerId() {
        return Long.toString(NEXT_CUSTOMER.incrementAndGet());
    }

    /** A product the app can show, fed through the products webhook and awaited in the catalogue. */
    String newProduct() {
        String itemId = Long.toString(NEXT_ITEM.addAndGet(10));
        Answer answer = http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", itemId),
                "X-Erp-Event", "item.created");
        assertThat(answer.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http().get("/api/mobile/products/" + itemId).status() == 200);
        return itemId;
    }

    /** A customer known from a Zoho contact with this first name, awaited until the reviews know the name. */
    String newContact(String firstName) {
        String contactId = newCustomerId();
        String contact = Samples.text("contact-created-1.json").replace("5128640000000002001", contactId)
                .replace("\"first_name\": \"Haider\"", "\"first_name\": \"" + firstName + "\"");
        assertThat(http().postJson("/api/zoho/webhooks/customers", contact).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.queryForList(
                "SELECT 1 FROM customers WHERE contact_id = ? AND first_name = ?", contactId, firstName).isEmpty());
        return contactId;
    }

    Http customer(String customerId) {
        return http().as(Tokens.customer(customerId));
    }

    Http ops() {
        return http().as(Tokens.ops());
    }

    Answer submit(String customerId, String itemId, String json) {
        return customer(customerId).postJson("/api/mobile/products/" + itemId + "/reviews", json);
    }

    Answer submit(String customerId, String itemId, int rating, String title) {
        return submit(customerId, itemId, "{\"rating\":" + rating + ",\"title\":\"" + title + "\",\"body\":\"words\"}");
    }

    /** Submits and returns the new review's id. */
    String review(String customerId, String itemId, int rating, String title) {
        Answer answer = submit(customerId, itemId, rating, title);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asText();
    }

    Answer flag(String customerId, String reviewId) {
        return customer(customerId).postJson("/api/mobile/reviews/" + reviewId + "/flag", "{\"reason\":\"spam\"}");
    }

    Answer moderate(String reviewId, String json) {
        return ops().postJson("/api/admin/reviews/" + reviewId + "/moderation", json);
    }

    JsonNode list(String itemId, String query) {
        Answer answer = http().get("/api/mobile/products/" + itemId + "/reviews" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    List<String> titles(String itemId) {
        return list(itemId, "?limit=50").get("items").findValuesAsText("title");
    }

    /** The product's row in product_ratings, awaited until it has this count. */
    Map<String, Object> awaitRating(String itemId, int count) {
        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.queryForList(
                "SELECT 1 FROM product_ratings WHERE item_id = ? AND rating_count = ?", itemId, count).isEmpty());
        return jdbc.queryForMap("SELECT rating_average, rating_count FROM product_ratings WHERE item_id = ?", itemId);
    }

    static BigDecimal average(Map<String, Object> rating) {
        return (BigDecimal) rating.get("rating_average");
    }

    static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    }

    static void assertBadField(Answer answer, String field) {
        assertProblem(answer, 400);
        assertThat(answer.json().get("field").asText()).isEqualTo(field);
        assertThat(answer.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }
}
