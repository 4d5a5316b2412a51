package iq.tsh.erp.app.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Products fed through the Zoho product webhook and promotions created through the admin endpoint, each with ids
 * of this feature's own range (4801…), waited for until the read models show them.
 */
final class Storefront {

    private static final AtomicLong NEXT_ID = new AtomicLong(4_801_000_000_000_000_000L + System.nanoTime() % 1_000_000_000L * 1000);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Http http;

    Storefront(Http http) {
        this.http = http;
    }

    static String newId() {
        return Long.toString(NEXT_ID.incrementAndGet());
    }

    /** An active Zoho item at {@code rate} IQD in {@code categoryId} with {@code stock} units available. */
    void product(String itemId, String categoryId, long rate, long stock) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(Samples.withItem("item-created-1.json", itemId));
            ObjectNode item = (ObjectNode) body.get("item");
            item.put("category_id", categoryId);
            item.put("rate", rate);
            item.put("pricebook_rate", rate);
            item.put("last_modified_time", "2026-06-01T10:00:00+0300");
            for (Iterator<Map.Entry<String, JsonNode>> it = item.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (field.getKey().contains("stock") && field.getValue().isNumber()) {
                    field.setValue(JSON.getNodeFactory().numberNode(field.getKey().contains("committed") ? 0 : stock));
                }
            }
            ArrayNode locations = (ArrayNode) item.get("locations");
            while (locations.size() > 1) {
                locations.remove(1);
            }
            ObjectNode location = (ObjectNode) locations.get(0);
            location.put("location_stock_on_hand", stock);
            location.put("location_available_stock", stock);
            location.put("location_actual_available_stock", stock);
            Http.Answer answer = http.postJson("/api/zoho/webhooks/products", JSON.writeValueAsString(body),
                    "X-Erp-Event", "item.created");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Http.Answer product = http.get("/api/mobile/products/" + itemId);
            return product.status() == 200 && product.json().get("price").asLong() == rate
                    && product.json().get("stock").get("available").asLong() == stock;
        });
    }

    /** Creates a promotion as ops and waits until the read model has it; returns its id. */
    String promotion(String json) {
        Http.Answer created = http.as(Tokens.ops()).postJson("/api/admin/promotions", json);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        awaitPromotion(id, "active");
        return id;
    }

    JsonNode awaitPromotion(String id, String status) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Http.Answer answer = http.as(Tokens.ops()).get("/api/admin/promotions/" + id);
            found[0] = answer.status() == 200 ? answer.json() : null;
            return found[0] != null && status.equals(found[0].get("status").asText());
        });
        return found[0];
    }
}
