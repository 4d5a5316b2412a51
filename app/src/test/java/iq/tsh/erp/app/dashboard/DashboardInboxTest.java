package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.Samples;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inbox as ops see it: every delivery with its outcome, filtered, paged, and one with its raw body. */
class DashboardInboxTest extends DashboardFixture {

    /** Three deliveries about one new product: accepted, a byte-identical duplicate, then a delete. */
    private record Deliveries(String itemId, String body, String created, String duplicate, String deleted) {
        String aggregate() {
            return "item:" + itemId;
        }
    }

    private Deliveries deliverThree() {
        String itemId = newItemId();
        String body = Samples.withItem("item-created-1.json", itemId);
        String created = http().postJson(PRODUCTS, body).json().get("deliveryId").asText();
        String duplicate = http().postJson(PRODUCTS, body).json().get("deliveryId").asText();
        String deleted = http().postJson(PRODUCTS, body, "X-Erp-Event", "deleted").json().get("deliveryId").asText();
        return new Deliveries(itemId, body, created, duplicate, deleted);
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("deliveryId").asText()));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void listsDeliveriesNewestFirstWithTheirOutcomes() {
        Deliveries sent = deliverThree();

        JsonNode page = dashboard("inbox?aggregate=" + sent.aggregate());

        assertThat(ids(page)).containsExactly(sent.deleted(), sent.duplicate(), sent.created());
        assertThat(page.has("next")).isFalse();
        JsonNode created = page.get("items").get(2);
        assertThat(created.get("kind").asText()).isEqualTo("products");
        assertThat(created.get("event").asText()).isEqualTo("created_or_updated");
        assertThat(created.get("source").asText()).isEqualTo("webhook");
        assertThat(created.get("outcome").asText()).isEqualTo("accepted");
        assertThat(created.get("httpStatus").asInt()).isEqualTo(200);
        assertThat(created.get("aggregateIds").get(0).asText()).isEqualTo(sent.aggregate());
        assertThat(created.get("eventCount").asInt()).isEqualTo(1);
        assertThat(created.get("contentType").asText()).startsWith("application/json");
        assertThat(created.get("bodySize").asLong()).isEqualTo(sent.body().getBytes(StandardCharsets.UTF_8).length);
        assertThat(Instant.parse(created.get("receivedAt").asText())).isBefore(Instant.now());
        assertThat(created.has("body")).isFalse();
        JsonNode duplicate = page.get("items").get(1);
        assertThat(duplicate.get("outcome").asText()).isEqualTo("duplicate");
        assertThat(duplicate.get("duplicateOf").asText()).isEqualTo(sent.created());
        assertThat(page.get("items").get(0).get("event").asText()).isEqualTo("deleted");
    }

    @Test
    void pagesWithACursorUntilTheLastPage() {
        Deliveries sent = deliverThree();

        JsonNode first = dashboard("inbox?limit=2&aggregate=" + sent.aggregate());
        JsonNode second = dashboard("inbox?limit=2&aggregate=" + sent.aggregate() + "&cursor="
                + first.get("next").asText());

        assertThat(ids(first)).containsExactly(sent.deleted(), sent.duplicate());
        assertThat(ids(second)).containsExactly(sent.created());
        assertThat(second.has("next")).isFalse();
    }

    @Test
    void pagesFiftyAtATimeByDefault() {
        for (int i = 0; i < 51; i++) {
            http().postJson(PRODUCTS, "{\"item\":{\"name\":\"no id " + i + "\"}}");
        }

        JsonNode first = dashboard("inbox?outcome=rejected");
        JsonNode second = dashboard("inbox?outcome=rejected&cursor=" + first.get("next").asText());

        assertThat(first.get("items")).hasSize(50);
        assertThat(second.get("items").size()).isPositive();
        assertThat(ids(second)).doesNotContainAnyElementsOf(ids(first));
        Instant lastOfFirst = Instant.parse(first.get("items").get(49).get("receivedAt").asText());
        Instant firstOfSecond = Instant.parse(second.get("items").get(0).get("receivedAt").asText());
        assertThat(firstOfSecond).isBeforeOrEqualTo(lastOfFirst);
    }

    @Test
    void filtersByKindOutcomeSourceAndTime() {
        Deliveries sent = deliverThree();
        JsonNode all = dashboard("inbox?aggregate=" + sent.aggregate());
        String createdAt = all.get("items").get(2).get("receivedAt").asText();
        String duplicateAt = all.get("items").get(1).get("receivedAt").asText();

        assertThat(ids(dashboard("inbox?outcome=duplicate&aggregate=" + sent.aggregate())))
                .containsExactly(sent.duplicate());
        assertThat(ids(dashboard("inbox?kind=customers&aggregate=" + sent.aggregate()))).isEmpty();
        assertThat(ids(dashboard("inbox?kind=products&source=webhook&aggregate=" + sent.aggregate()))).hasSize(3);
        assertThat(ids(dashboard("inbox?source=catch-up&aggregate=" + sent.aggregate()))).isEmpty();
        assertThat(ids(dashboard("inbox?aggregate=" + sent.aggregate() + "&to=" + encode(duplicateAt))))
                .containsExactly(sent.created());
        assertThat(ids(dashboard("inbox?aggregate=" + sent.aggregate() + "&from=" + encode(duplicateAt))))
                .containsExactly(sent.deleted(), sent.duplicate());
        assertThat(ids(dashboard("inbox?aggregate=" + sent.aggregate() + "&from=" + encode(createdAt)
                + "&to=" + encode(duplicateAt)))).containsExactly(sent.created());
    }

    @Test
    void showsOneDeliveryWithItsRawBody() {
        Deliveries sent = deliverThree();

        JsonNode delivery = dashboard("inbox/" + sent.created());

        assertThat(delivery.get("deliveryId").asText()).isEqualTo(sent.created());
        assertThat(delivery.get("outcome").asText()).isEqualTo("accepted");
        assertThat(delivery.get("bodyEncoding").asText()).isEqualTo("utf-8");
        assertThat(delivery.get("body").asText()).isEqualTo(sent.body());
        assertThat(delivery.get("bodySha256").asText()).hasSize(64);
        assertThat(delivery.get("headers").get("Content-Type").asText()).startsWith("application/json");
        assertThat(delivery.get("completedAt").asText()).isNotBlank();
    }

    @Test
    void showsABodyThatIsNotUtf8InBase64() {
        byte[] body = {'{', '"', 'i', 't', 'e', 'm', '"', ':', (byte) 0xff, (byte) 0xfe, '}'};
        http().post(PRODUCTS, "application/json", body);
        String deliveryId = jdbc.queryForObject("select delivery_id::text from webhook_inbox where body = ?"
                + " order by received_at desc limit 1", String.class, (Object) body);

        JsonNode delivery = dashboard("inbox/" + deliveryId);

        assertThat(delivery.get("outcome").asText()).isEqualTo("rejected");
        assertThat(delivery.get("httpStatus").asInt()).isEqualTo(400);
        assertThat(delivery.get("bodyEncoding").asText()).isEqualTo("base64");
        assertThat(Base64.getDecoder().decode(delivery.get("body").asText())).isEqualTo(body);
    }

    @Test
    void refusesParametersItCannotUse() {
        assertThat(problem("inbox?outcome=lost", 400).get("parameter").asText()).isEqualTo("outcome");
        assertThat(problem("inbox?from=yesterday", 400).get("parameter").asText()).isEqualTo("from");
        assertThat(problem("inbox?to=2025-13-01T00:00:00Z", 400).get("parameter").asText()).isEqualTo("to");
        assertThat(problem("inbox?from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z", 400).get("parameter")
                .asText()).isEqualTo("from");
        assertThat(problem("inbox?cursor=not-a-cursor", 400).get("parameter").asText()).isEqualTo("cursor");
        assertThat(problem("inbox?limit=0", 400).get("parameter").asText()).isEqualTo("limit");
        assertThat(problem("inbox?limit=many", 400).get("parameter").asText()).isEqualTo("limit");
        assertThat(problem("inbox?kind=" + encode("products' or 1=1"), 400).get("parameter").asText())
                .isEqualTo("kind");
        assertThat(problem("inbox/not-a-delivery", 400).get("parameter").asText()).isEqualTo("deliveryId");
        problem("inbox/" + UUID.randomUUID(), 404);
    }

    @Test
    void refusesACursorOfAnotherList() {
        Deliveries sent = deliverThree();
        String inboxCursor = dashboard("inbox?limit=1&aggregate=" + sent.aggregate()).get("next").asText();

        assertThat(problem("dead-letter?cursor=" + inboxCursor, 400).get("parameter").asText()).isEqualTo("cursor");
        assertThat(problem("logs?cursor=" + inboxCursor, 400).get("parameter").asText()).isEqualTo("cursor");
    }
}
