package iq.tsh.erp.app.cart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A customer's session with the mobile app, and products fed through the products webhook for it to buy. */
final class Shopping {

    private static final AtomicLong NEXT_ITEM = new AtomicLong(4_901_000_000_000_000_000L);
    private static final AtomicLong NEXT_CUSTOMER = new AtomicLong(4_902_000_000_000_000_000L);

    private final Http http;

    Shopping(Http http) {
        this.http = http;
    }

    static String newItemId() {
        return Long.toString(NEXT_ITEM.incrementAndGet());
    }

    static String newCustomerId() {
        return Long.toString(NEXT_CUSTOMER.incrementAndGet());
    }

    /** A product from Zoho's item sample (18,500 IQD, 228 available), visible in the BFF when this returns. */
    String listedProduct() {
        String itemId = newItemId();
        deliver(Samples.withItem("item-created-1.json", itemId));
        awaitProduct(itemId, 18500);
        return itemId;
    }

    void deliver(String item, String... headers) {
        Answer answer = http.postJson("/api/zoho/webhooks/products", item, headers);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    void awaitProduct(String itemId, int price) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Answer answer = http.get("/api/mobile/products/" + itemId);
            return answer.status() == 200 && answer.json().get("price").intValue() == price;
        });
    }

    static Answer patch(Http http, String path, String json) {
        return http.send("PATCH", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static Answer put(Http http, String path, String json) {
        return http.send("PUT", path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static Answer delete(Http http, String path) {
        return http.send("DELETE", path, null, null);
    }

    static Answer add(Http http, String itemId, int quantity) {
        return http.postJson("/api/mobile/cart/items", "{\"productId\": \"%s\", \"quantity\": %d}".formatted(itemId, quantity));
    }

    /** A problem detail naming {@code field} (when given), with this status. */
    static void assertProblem(Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").intValue()).isEqualTo(status);
        if (field != null) {
            assertThat(problem.get("field").asText()).as(answer.body()).isEqualTo(field);
            assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo(field);
        }
    }

    static JsonNode line(JsonNode cart, String itemId) {
        for (JsonNode item : cart.get("items")) {
            if (item.get("productId").asText().equals(itemId)) {
                return item;
            }
        }
        return null;
    }
}
