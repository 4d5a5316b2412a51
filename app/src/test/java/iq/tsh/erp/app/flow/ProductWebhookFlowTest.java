package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A Zoho item travels from the webhook through the Product aggregate and the catalog projection to the BFF. */
class ProductWebhookFlowTest extends ApplicationTest {

    private static final AtomicLong NEXT_ITEM = new AtomicLong(7_100_000_000_000_000_000L);
    private static final String PRODUCTS = "/api/zoho/webhooks/products";
    private static final String STOCK = "/api/zoho/webhooks/stock";

    private static String newItemId() {
        return Long.toString(NEXT_ITEM.incrementAndGet());
    }

    private JsonNode awaitProduct(String itemId, java.util.function.Predicate<JsonNode> condition) {
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Answer answer = http().get("/api/mobile/products/" + itemId);
            if (answer.status() != 200) {
                return false;
            }
            found[0] = answer.json();
            return condition.test(found[0]);
        });
        return found[0];
    }

    @Test
    void createdItemAppearsInTheBffFieldByField() {
        String itemId = newItemId();
        Answer answer = http().postJson(PRODUCTS, Samples.withItem("item-created-1.json", itemId), "X-Erp-Event", "item.created");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode webhook = answer.json();
        assertThat(webhook.get("status").asText()).isEqualTo("accepted");
        assertThat(webhook.get("aggregateId").asText()).isEqualTo("item:" + itemId);
        assertThat(webhook.get("aggregateIds")).hasSize(1);
        assertThat(webhook.get("deliveryId").asText()).isNotBlank();

        JsonNode product = awaitProduct(itemId, p -> true);
        assertThat(product.get("id").asText()).isEqualTo(itemId);
        assertThat(product.get("name").asText()).isEqualTo("Extra Virgin Olive Oil 1L - Al Wadi");
        assertThat(product.get("nameAr").asText()).isEqualTo("زيت زيتون بكر ممتاز ١ لتر - الوادي");
        assertThat(product.get("price").isNumber()).isTrue();
        assertThat(product.get("price").decimalValue()).isEqualByComparingTo("18500");
        assertThat(product.get("currency").asText()).isEqualTo("IQD");
        assertThat(product.get("image").asText()).endsWith(itemId + "/olive-oil-1l.jpg");
        assertThat(product.get("inStock").asBoolean()).isTrue();
        assertThat(product.get("sku").asText()).isEqualTo("OIL-WADI-1L");
        assertThat(product.get("description").asText()).startsWith("Cold pressed");
        assertThat(product.get("brand").asText()).isEqualTo("Al Wadi Al Akhdar");
        assertThat(product.get("unit").asText()).isEqualTo("bottle");
        assertThat(product.get("category").get("id").asText()).isEqualTo("5128640000000007001");
        assertThat(product.get("category").get("name").asText()).isEqualTo("زيوت وسمن");
        assertThat(product.get("stock").get("available").decimalValue()).isEqualByComparingTo("228");
        JsonNode locations = product.get("stock").get("locations");
        assertThat(locations).hasSize(2);
        assertThat(locations.get(0).get("id").asText()).isEqualTo("5128640000000038080");
        assertThat(locations.get(0).get("name").asText()).isEqualTo("المخزن الرئيسي - بغداد");
        assertThat(locations.get(0).get("available").decimalValue()).isEqualByComparingTo("190");
        assertThat(locations.get(1).get("available").decimalValue()).isEqualByComparingTo("38");
        assertThat(product.get("rating").get("count").asLong()).isZero();
        assertThat(product.get("reviews")).isEmpty();
        assertThat(product.get("promotions")).isEmpty();
    }

    @Test
    void answersArabicNamesForArabicSpeakers() {
        String itemId = newItemId();
        http().postJson(PRODUCTS, Samples.withItem("item-created-1.json", itemId));
        awaitProduct(itemId, p -> true);

        JsonNode arabic = http().get("/api/mobile/products/" + itemId, "Accept-Language", "ar-IQ").json();

        assertThat(arabic.get("name").asText()).isEqualTo("زيت زيتون بكر ممتاز ١ لتر - الوادي");
    }

    @Test
    void tellsUnchangedAndStaleDeliveriesApart() {
        String itemId = newItemId();
        String created = Samples.withItem("item-created-1.json", itemId);
        String updated = Samples.withItem("item-updated-1.json", itemId);

        // The same snapshot in other bytes (Zoho re-serialised it) is unchanged; the same bytes are a duplicate.
        String createdReformatted = created.replace("\n", "\r\n");

        assertThat(http().postJson(PRODUCTS, created).json().get("status").asText()).isEqualTo("accepted");
        assertThat(http().postJson(PRODUCTS, created).json().get("status").asText()).isEqualTo("duplicate");
        assertThat(http().postJson(PRODUCTS, createdReformatted).json().get("status").asText()).isEqualTo("unchanged");
        assertThat(http().postJson(PRODUCTS, updated).json().get("status").asText()).isEqualTo("accepted");
        assertThat(http().postJson(PRODUCTS, created + " ").json().get("status").asText()).isEqualTo("stale");

        JsonNode product = awaitProduct(itemId, p -> p.get("price").decimalValue().intValue() == 19000);
        assertThat(product.get("stock").get("available").decimalValue()).isEqualByComparingTo("204");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, "item:" + itemId)).isEqualTo(2);
    }

    @Test
    void acceptsTheFormEncodedJsonStringBody() {
        String itemId = newItemId();
        String json = Samples.withItems("item-created-2.json", newItemId(), itemId);
        byte[] form = ("JSONString=" + URLEncoder.encode(json, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);

        Answer answer = http().post(PRODUCTS, "application/x-www-form-urlencoded", form);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode product = awaitProduct(itemId, p -> true);
        assertThat(product.get("name").asText()).isEqualTo("سكر أبيض ناعم - كيس ٥٠ كغم");
        assertThat(product.get("nameAr").asText()).isEqualTo("سكر أبيض ناعم - كيس ٥٠ كغم");
        assertThat(product.get("price").decimalValue()).isEqualByComparingTo("62000");
    }

    @Test
    void acceptsJsonHoldingAJsonString() {
        String itemId = newItemId();
        String inner = Samples.withItems("item-created-2.json", newItemId(), itemId);
        String wrapped = "{\"JSONString\":" + new com.fasterxml.jackson.databind.node.TextNode(inner) + "}";

        assertThat(http().postJson(PRODUCTS, wrapped).json().get("status").asText()).isEqualTo("accepted");
        awaitProduct(itemId, p -> true);
    }

    @Test
    void stockAdjustmentMovesTheStockOfEveryProductItNames() {
        String oil = newItemId();
        String sugar = newItemId();
        http().postJson(PRODUCTS, Samples.withItem("item-created-1.json", oil));
        http().postJson(PRODUCTS, Samples.withItems("item-created-2.json", oil, sugar));

        Answer adjusted = http().postJson(STOCK, Samples.withItems("inventoryadjustment-created-1.json", oil, sugar),
                "X-Erp-Event", "inventory_adjustment.created");

        assertThat(adjusted.status()).isEqualTo(200);
        assertThat(adjusted.json().get("status").asText()).isEqualTo("accepted");
        assertThat(adjusted.json().get("aggregateIds").toString()).contains("item:" + oil, "item:" + sugar);
        JsonNode oilProduct = awaitProduct(oil, p -> p.get("stock").get("available").decimalValue().intValue() == 225);
        assertThat(oilProduct.get("stock").get("locations").get(0).get("available").decimalValue())
                .isEqualByComparingTo("187");
        awaitProduct(sugar, p -> p.get("stock").get("available").decimalValue().intValue() == 84);

        // Zoho re-sends the same adjustment: a duplicate; re-serialised, it is unchanged. Counted once either way.
        String adjustment = Samples.withItems("inventoryadjustment-created-1.json", oil, sugar);
        assertThat(http().postJson(STOCK, adjustment, "X-Erp-Event", "inventory_adjustment.created")
                .json().get("status").asText()).isEqualTo("duplicate");
        assertThat(http().postJson(STOCK, adjustment + "\n").json().get("status").asText()).isEqualTo("unchanged");

        // The adjustment is edited from -3 to -4 on the oil line: only the difference applies.
        http().postJson(STOCK, Samples.withItems("inventoryadjustment-updated-1.json", oil, sugar));
        awaitProduct(oil, p -> p.get("stock").get("available").decimalValue().intValue() == 224);

        // Deleted: its whole effect is reversed.
        http().postJson(STOCK, Samples.withItems("inventoryadjustment-deleted-1.json", oil, sugar),
                "X-Erp-Event", "deleted");
        awaitProduct(oil, p -> p.get("stock").get("available").decimalValue().intValue() == 228);
        awaitProduct(sugar, p -> p.get("stock").get("available").decimalValue().intValue() == 85);
    }

    @Test
    void valueAdjustmentLeavesStockAlone() {
        String oil = newItemId();
        Answer answer = http().postJson(STOCK, Samples.withItem("inventoryadjustment-created-2.json", oil));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("unchanged");
        assertThat(answer.json().get("aggregateIds")).isEmpty();
    }

    @Test
    void stockOfAnUnknownItemIsKeptUntilItsItemArrives() {
        String oil = newItemId();
        String sugar = newItemId();

        assertThat(http().postJson(STOCK, Samples.withItems("inventoryadjustment-created-1.json", oil, sugar))
                .json().get("status").asText()).isEqualTo("accepted");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, "item:" + oil)).isEqualTo(1);
        assertThat(http().get("/api/mobile/products/" + oil).status()).isEqualTo(404);

        http().postJson(PRODUCTS, Samples.withItem("item-created-1.json", oil));
        awaitProduct(oil, p -> p.get("stock").get("available").decimalValue().intValue() == 228);
    }

    @Test
    void deletedProductIsGoneFromTheBffButNotFromHistory() {
        String itemId = newItemId();
        http().postJson(PRODUCTS, Samples.withItem("item-created-1.json", itemId));
        awaitProduct(itemId, p -> true);

        Answer deleted = http().postJson(PRODUCTS + "?event=deleted", Samples.withItem("item-created-1.json", itemId));

        assertThat(deleted.json().get("status").asText()).isEqualTo("accepted");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> http().get("/api/mobile/products/" + itemId).status() == 404);
        Answer gone = http().get("/api/mobile/products/" + itemId);
        assertThat(gone.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, "item:" + itemId)).isEqualTo(2);
    }
}
