package iq.tsh.erp.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.Tokens;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A product changed by four Zoho deliveries over time (created, updated, stock adjusted, deleted), read back the way
 * an auditor reads it: its history from sequence 0 with the raw deliveries behind it, and its state at each instant.
 */
class AuditHistoryTest extends ApplicationTest {

    /** Zoho item ids of this class only (79 3x: the audit tests' range), since all tests share one database. */
    private static final AtomicLong NEXT_ITEM = new AtomicLong(7_930_000_000_000_000_000L);
    private static final String PRODUCTS = "/api/zoho/webhooks/products";
    private static final String STOCK = "/api/zoho/webhooks/stock";

    @Autowired
    private EventStore eventStore;

    /** Every call to the audit API goes through here (the one place to add the auditor's credentials). */
    private Answer audit(String path) {
        return http().as(Tokens.auditor()).get(path);
    }

    private record Delivery(String deliveryId, String body) {
    }

    /** The four deliveries; each waits until the clock has passed the previous event, so instants fall between. */
    private List<Delivery> createUpdateAdjustDelete(String itemId) {
        List<Delivery> deliveries = new ArrayList<>();
        deliveries.add(deliver(itemId, PRODUCTS, Samples.withItem("item-created-1.json", itemId), "item.created"));
        deliveries.add(deliver(itemId, PRODUCTS, Samples.withItem("item-updated-1.json", itemId), "item.updated"));
        deliveries.add(deliver(itemId, STOCK, Samples.withItem("inventoryadjustment-created-1.json", itemId),
                "inventory_adjustment.created"));
        deliveries.add(deliver(itemId, PRODUCTS, Samples.withItem("item-updated-1.json", itemId), "deleted"));
        return deliveries;
    }

    private Delivery deliver(String itemId, String path, String body, String event) {
        Timestamp last = jdbc.queryForObject("select max(time_stamp::timestamptz) from domain_event_entry"
                + " where aggregate_identifier = ?", Timestamp.class, "item:" + itemId);
        Instant latest = last == null ? Instant.EPOCH : last.toInstant();
        await().atMost(Duration.ofSeconds(5)).until(() -> Instant.now().isAfter(latest.plusMillis(2)));
        Answer answer = http().postJson(path, body, "X-Erp-Event", event);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("status").asText()).isEqualTo("accepted");
        return new Delivery(answer.json().get("deliveryId").asText(), body);
    }

    @Test
    void tellsAProductsHistoryFromSequenceZeroWithTheDeliveriesBehindIt() {
        String itemId = Long.toString(NEXT_ITEM.incrementAndGet());
        List<Delivery> deliveries = createUpdateAdjustDelete(itemId);

        Answer answer = audit("/api/audit/aggregates/item:" + itemId + "/events");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode history = answer.json();
        assertThat(history.get("aggregateId").asText()).isEqualTo("item:" + itemId);
        assertThat(history.has("next")).isFalse();
        JsonNode events = history.get("events");
        assertThat(events).hasSize(4);
        assertThat(events.findValuesAsText("type"))
                .containsExactly("ProductSynced", "ProductSynced", "StockAdjusted", "ProductDeleted");
        assertThat(events.findValuesAsText("payloadType")).startsWith("iq.tsh.erp.api.product.ProductSynced");
        for (int i = 0; i < 4; i++) {
            JsonNode event = events.get(i);
            assertThat(event.get("sequence").asLong()).isEqualTo(i);
            if (i > 0) {
                assertThat(event.get("globalIndex").asLong()).isGreaterThan(events.get(i - 1).get("globalIndex").asLong());
                assertThat(Instant.parse(event.get("timestamp").asText()))
                        .isAfter(Instant.parse(events.get(i - 1).get("timestamp").asText()));
            }
            assertThat(event.get("metadata").get("deliveryId").asText()).isEqualTo(deliveries.get(i).deliveryId());
            assertThat(event.get("metadata").get("correlationId").asText()).isNotBlank();
            JsonNode delivery = event.get("delivery");
            assertThat(delivery.get("deliveryId").asText()).isEqualTo(deliveries.get(i).deliveryId());
            assertThat(delivery.get("outcome").asText()).isEqualTo("accepted");
            assertThat(delivery.get("receivedAt").asText()).isNotBlank();
            assertThat(delivery.get("link").asText()).isEqualTo("/api/audit/deliveries/" + deliveries.get(i).deliveryId());
        }
        assertThat(events.get(0).get("delivery").get("kind").asText()).isEqualTo("products");
        assertThat(events.get(0).get("delivery").get("event").asText()).isEqualTo("created");
        assertThat(events.get(2).get("delivery").get("kind").asText()).isEqualTo("stock");
        assertThat(events.get(3).get("delivery").get("event").asText()).isEqualTo("deleted");
        assertThat(events.get(0).get("payload").get("product").get("price").get("amount").decimalValue())
                .isEqualByComparingTo("18500");
        assertThat(events.get(1).get("payload").get("product").get("price").get("amount").decimalValue())
                .isEqualByComparingTo("19000");
        assertThat(events.get(2).get("payload").get("quantity").decimalValue()).isEqualByComparingTo("-3");
        assertThat(events.get(2).get("payload").get("stockAfter").get("available").decimalValue())
                .isEqualByComparingTo("201");
        assertThat(events.get(3).get("payload").get("productId").asText()).isEqualTo("item:" + itemId);

        for (int i = 0; i < 4; i++) {
            Answer raw = audit(events.get(i).get("delivery").get("link").asText());
            assertThat(raw.status()).isEqualTo(200);
            JsonNode delivery = raw.json();
            assertThat(delivery.get("body").asText()).isEqualTo(deliveries.get(i).body());
            assertThat(delivery.has("bodyBase64")).isFalse();
            assertThat(delivery.get("outcome").asText()).isEqualTo("accepted");
            assertThat(delivery.get("aggregateIds").toString()).contains("item:" + itemId);
            assertThat(delivery.get("eventCount").asInt()).isPositive();
            assertThat(delivery.get("headers").isObject()).isTrue();
            assertThat(delivery.get("receivedAt").asText()).isEqualTo(events.get(i).get("delivery").get("receivedAt").asText());
        }
    }

    @Test
    void pagesThroughTheHistoryWithTheCursor() {
        String itemId = Long.toString(NEXT_ITEM.incrementAndGet());
        createUpdateAdjustDelete(itemId);
        String path = "/api/audit/aggregates/item:" + itemId + "/events?limit=2";

        List<Long> sequences = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        do {
            JsonNode page = audit(path + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("events").forEach(event -> sequences.add(event.get("sequence").asLong()));
            cursor = page.has("next") ? page.get("next").asText() : null;
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(sequences).containsExactly(0L, 1L, 2L, 3L);
        assertThat(pages).isEqualTo(2);
        JsonNode afterOne = audit(path.replace("limit=2", "after=1&limit=2")).json();
        assertThat(afterOne.get("events").findValuesAsText("sequence")).containsExactly("2", "3");
        assertThat(afterOne.has("next")).isFalse();
    }

    @Test
    void knowsThePriceAndStockOfEachMomentInBetween() {
        String itemId = Long.toString(NEXT_ITEM.incrementAndGet());
        createUpdateAdjustDelete(itemId);
        String aggregate = "/api/audit/aggregates/item:" + itemId;
        JsonNode events = audit(aggregate + "/events").json().get("events");
        List<Instant> at = new ArrayList<>();
        events.forEach(event -> at.add(Instant.parse(event.get("timestamp").asText())));

        Answer before = audit(aggregate + "/state?asOf=" + at.get(0).minusMillis(1));
        assertThat(before.status()).isEqualTo(404);
        assertThat(before.contentType()).startsWith("application/problem+json");

        JsonNode created = state(aggregate, at.get(0));
        assertThat(created.get("lastSequence").asLong()).isZero();
        assertThat(created.get("lastEventType").asText()).isEqualTo("ProductSynced");
        assertThat(price(created)).isEqualTo("18500");
        assertThat(available(created)).isEqualTo("228");
        assertThat(created.get("state").get("deleted").asBoolean()).isFalse();

        // Just before the update the price is still the first one.
        JsonNode justBeforeUpdate = state(aggregate, at.get(1).minusMillis(1));
        assertThat(justBeforeUpdate.get("lastSequence").asLong()).isZero();
        assertThat(price(justBeforeUpdate)).isEqualTo("18500");

        JsonNode updated = state(aggregate, at.get(1));
        assertThat(price(updated)).isEqualTo("19000");
        assertThat(available(updated)).isEqualTo("204");

        JsonNode adjusted = state(aggregate, at.get(2).plusMillis((at.get(3).toEpochMilli() - at.get(2).toEpochMilli()) / 2));
        assertThat(adjusted.get("lastEventType").asText()).isEqualTo("StockAdjusted");
        assertThat(price(adjusted)).isEqualTo("19000");
        assertThat(available(adjusted)).isEqualTo("201");
        assertThat(adjusted.get("state").get("lastStockAdjustment").get("quantity").decimalValue())
                .isEqualByComparingTo("-3");
        assertThat(adjusted.get("state").get("lastStockAdjustment").has("stockAfter")).isFalse();

        JsonNode deleted = state(aggregate, at.get(3));
        assertThat(deleted.get("lastSequence").asLong()).isEqualTo(3);
        assertThat(deleted.get("state").get("deleted").asBoolean()).isTrue();
        assertThat(price(deleted)).isEqualTo("19000");

        JsonNode now = audit(aggregate + "/state").json();
        assertThat(now.get("lastSequence").asLong()).isEqualTo(3);
        assertThat(now.get("eventCount").asLong()).isEqualTo(4);
        assertThat(Instant.parse(now.get("asOf").asText())).isAfterOrEqualTo(at.get(3));
    }

    private JsonNode state(String aggregate, Instant asOf) {
        Answer answer = audit(aggregate + "/state?asOf=" + asOf);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode state = answer.json();
        assertThat(Instant.parse(state.get("asOf").asText())).isEqualTo(asOf);
        return state;
    }

    private static String price(JsonNode state) {
        return state.get("state").get("product").get("price").get("amount").decimalValue().stripTrailingZeros()
                .toPlainString();
    }

    private static String available(JsonNode state) {
        return state.get("state").get("stock").get("available").decimalValue().stripTrailingZeros().toPlainString();
    }

    @Test
    void startsAtSequenceZeroEvenWhenASnapshotExists() {
        String itemId = Long.toString(NEXT_ITEM.incrementAndGet());
        String aggregateId = "item:" + itemId;
        deliver(itemId, PRODUCTS, Samples.withItem("item-created-1.json", itemId), "item.created");
        deliver(itemId, PRODUCTS, Samples.withItem("item-updated-1.json", itemId), "item.updated");
        deliver(itemId, STOCK, Samples.withItem("inventoryadjustment-created-1.json", itemId), "created");
        jdbc.update("""
                insert into snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                    meta_data, payload, payload_type, time_stamp)
                values (?, 1, 'Product', ?, convert_to('{}', 'UTF8'), convert_to('{}', 'UTF8'),
                    'iq.tsh.erp.command.product.Product', ?)""",
                aggregateId, UUID.randomUUID().toString(), Instant.now().toString());
        // The pitfall this guards against: Axon's own reading starts at the snapshot.
        DomainEventMessage<?> axonFirst = eventStore.readEvents(aggregateId).next();
        assertThat(axonFirst.getSequenceNumber()).isEqualTo(1);

        JsonNode history = audit("/api/audit/aggregates/" + aggregateId + "/events").json();

        assertThat(history.get("events").findValuesAsText("sequence")).containsExactly("0", "1", "2");
        assertThat(history.get("events").get(0).get("type").asText()).isEqualTo("ProductSynced");
        JsonNode state = audit("/api/audit/aggregates/" + aggregateId + "/state").json();
        assertThat(state.get("eventCount").asLong()).isEqualTo(3);
        assertThat(price(state)).isEqualTo("19000");
        assertThat(available(state)).isEqualTo("201");
    }

    @Test
    void showsABodyThatIsNotUtf8AsBase64Too() {
        UUID deliveryId = UUID.randomUUID();
        byte[] body = {'{', '"', (byte) 0xff, (byte) 0xfe, '"', '}'};
        jdbc.update("""
                insert into webhook_inbox (delivery_id, kind, event, source, received_at, content_type, body,
                    body_sha256, outcome, http_status, error)
                values (?, 'products', 'created', 'webhook', now(), 'application/json', ?, repeat('0', 64),
                    'rejected', 400, '{"title":"Unreadable JSON"}'::jsonb)""", deliveryId, body);

        Answer answer = audit("/api/audit/deliveries/" + deliveryId);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode delivery = answer.json();
        assertThat(Base64.getDecoder().decode(delivery.get("bodyBase64").asText())).isEqualTo(body);
        assertThat(delivery.get("body").asText()).startsWith("{\"").endsWith("\"}");
        assertThat(delivery.get("outcome").asText()).isEqualTo("rejected");
        assertThat(delivery.get("httpStatus").asInt()).isEqualTo(400);
        assertThat(delivery.get("error").get("title").asText()).isEqualTo("Unreadable JSON");
        assertThat(delivery.get("aggregateIds")).isEmpty();
        assertThat(delivery.get("eventCount").asInt()).isZero();
    }
}
