package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dead letters as Axon's JDBC queue stores them (written here with SQL, in the shape the retry policy gives them):
 * each with its event, record, cause and attempts, filtered, paged, and raising an alert.
 */
class DashboardDeadLetterTest extends DashboardFixture {

    private static final String PRODUCT_SYNCED = "iq.tsh.erp.api.product.ProductSynced";
    private static final String STOCK_ADJUSTED = "iq.tsh.erp.api.product.StockAdjusted";
    private static final String PRODUCT_DELETED = "iq.tsh.erp.api.product.ProductDeleted";

    private final List<String> inserted = new ArrayList<>();
    private String first;
    private String second;
    private String parked;
    private String waiting;
    private String retrying;
    private final String deliveryId = UUID.randomUUID().toString();

    @BeforeEach
    void deadLetters() {
        first = "item:" + newItemId();
        second = "item:" + newItemId();
        // The first record's update failed five times and is parked; its next event waits behind it.
        parked = letter(first, 0, PRODUCT_SYNCED, "2025-03-01T10:00:00.000Z", "2025-03-01T12:00:00.000Z",
                "java.lang.IllegalStateException", "price column overflow",
                "{\"attempts\":5,\"exhausted\":true}");
        waiting = letter(first, 1, STOCK_ADJUSTED, "2025-03-01T10:05:00.000Z", "2025-03-01T10:05:00.000Z",
                null, null, "{}");
        // The second record's delete failed twice and is retried later.
        retrying = letter(second, 0, PRODUCT_DELETED, "2025-03-01T11:00:00.000Z", "2025-03-01T11:30:00.000Z",
                "org.springframework.dao.QueryTimeoutException", "statement timeout",
                "{\"attempts\":2,\"exhausted\":false,\"nextAttemptAt\":\"2030-01-01T00:00:00Z\"}");
    }

    @AfterEach
    void removeThem() {
        inserted.forEach(id -> jdbc.update("delete from dead_letter_entry where dead_letter_id = ?", id));
    }

    private String letter(String aggregate, long index, String payloadType, String enqueuedAt, String lastTouched,
                          String causeType, String causeMessage, String diagnostics) {
        String id = UUID.randomUUID().toString();
        String payload = "{\"productId\":\"" + aggregate + "\",\"note\":\"written by the dashboard test\"}";
        jdbc.update("""
                insert into dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, sequence_index,
                    message_type, event_identifier, time_stamp, payload_type, payload, meta_data, type,
                    aggregate_identifier, sequence_number, enqueued_at, last_touched, cause_type, cause_message,
                    diagnostics)
                values (?, 'catalog', ?, ?, 'org.axonframework.eventhandling.GenericDomainEventMessage', ?,
                    '2025-03-01T09:59:59.000Z', ?, ?, ?, 'Product', ?, ?, ?, ?, ?, ?, ?)""",
                id, aggregate, index, UUID.randomUUID().toString(), payloadType, bytes(payload),
                bytes("{\"deliveryId\":\"" + deliveryId + "\"}"), aggregate, index + 3, enqueuedAt, lastTouched,
                causeType, causeMessage, bytes(diagnostics));
        inserted.add(id);
        return id;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> ids(String query) {
        List<String> ids = new ArrayList<>();
        dashboard("dead-letter?" + query).get("items").forEach(item -> ids.add(item.get("id").asText()));
        ids.retainAll(inserted);
        return ids;
    }

    @Test
    void showsEachLetterWithItsEventRecordCauseAndAttempts() {
        JsonNode items = dashboard("dead-letter?group=catalog&limit=200").get("items");

        assertThat(ids("group=catalog&limit=200")).containsExactly(retrying, waiting, parked);
        JsonNode letter = find(items, "id", parked);
        assertThat(letter.get("group").asText()).isEqualTo("catalog");
        assertThat(letter.get("sequence").asText()).isEqualTo(first);
        assertThat(letter.get("sequenceIndex").asLong()).isZero();
        assertThat(letter.get("state").asText()).isEqualTo("parked");
        assertThat(letter.get("event").get("type").asText()).isEqualTo("ProductSynced");
        assertThat(letter.get("event").get("payloadType").asText()).isEqualTo(PRODUCT_SYNCED);
        assertThat(letter.get("event").get("identifier").asText()).isNotBlank();
        assertThat(letter.get("event").get("timestamp").asText()).isEqualTo("2025-03-01T09:59:59Z");
        assertThat(letter.get("event").get("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(letter.get("event").get("payload").get("productId").asText()).isEqualTo(first);
        assertThat(letter.get("record").get("aggregateId").asText()).isEqualTo(first);
        assertThat(letter.get("record").get("aggregateType").asText()).isEqualTo("Product");
        assertThat(letter.get("record").get("deliveryId").asText()).isEqualTo(deliveryId);
        assertThat(letter.get("cause").get("type").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(letter.get("cause").get("message").asText()).isEqualTo("price column overflow");
        assertThat(letter.get("attempts").asInt()).isEqualTo(5);
        assertThat(letter.get("firstAttemptAt").asText()).isEqualTo("2025-03-01T10:00:00Z");
        assertThat(letter.get("lastAttemptAt").asText()).isEqualTo("2025-03-01T12:00:00Z");
        assertThat(letter.has("nextAttemptAt")).isFalse();
        assertThat(letter.get("diagnostics").get("exhausted").asBoolean()).isTrue();

        JsonNode again = find(items, "id", retrying);
        assertThat(again.get("state").asText()).isEqualTo("retrying");
        assertThat(again.get("attempts").asInt()).isEqualTo(2);
        assertThat(again.get("nextAttemptAt").asText()).isEqualTo("2030-01-01T00:00:00Z");

        JsonNode behind = find(items, "id", waiting);
        assertThat(behind.get("state").asText()).isEqualTo("waiting");
        assertThat(behind.get("attempts").asInt()).isZero();
        assertThat(behind.has("cause")).isFalse();
    }

    @Test
    void filtersByGroupKindErrorAndRecord() {
        assertThat(ids("kind=StockAdjusted")).containsExactly(waiting);
        assertThat(ids("kind=" + PRODUCT_SYNCED)).containsExactly(parked);
        assertThat(ids("kind=Synced")).isEmpty();
        assertThat(ids("error=timeout")).containsExactly(retrying);
        assertThat(ids("error=OVERFLOW")).containsExactly(parked);
        assertThat(ids("error=QueryTimeoutException")).containsExactly(retrying);
        assertThat(ids("aggregate=" + first)).containsExactly(waiting, parked);
        assertThat(ids("group=catalog&kind=ProductDeleted&aggregate=" + second)).containsExactly(retrying);
    }

    @Test
    void pagesWithACursorUntilTheLastPage() {
        List<String> seen = new ArrayList<>();
        JsonNode page = dashboard("dead-letter?group=catalog&limit=1");
        int pages = 1;
        while (true) {
            assertThat(page.get("items")).hasSize(1);
            seen.add(page.get("items").get(0).get("id").asText());
            if (!page.has("next")) {
                break;
            }
            page = dashboard("dead-letter?group=catalog&limit=1&cursor=" + page.get("next").asText());
            pages++;
        }

        assertThat(seen).doesNotHaveDuplicates().hasSize(pages);
        assertThat(seen.stream().filter(inserted::contains)).containsExactly(retrying, waiting, parked);
    }

    @Test
    void refusesAnUnknownGroup() {
        JsonNode problem = problem("dead-letter?group=nosuch", 400);

        assertThat(problem.get("parameter").asText()).isEqualTo("group");
        assertThat(problem.get("detail").asText()).contains("catalog");
        assertThat(problem("logs?group=nosuch", 400).get("parameter").asText()).isEqualTo("group");
    }

    @Test
    void raisesACriticalAlertWhileALetterIsParked() {
        JsonNode alerts = dashboard("alerts");

        JsonNode alert = find(alerts.get("alerts"), "rule", "dead-letters");
        assertThat(alert.get("severity").asText()).isEqualTo("critical");
        assertThat(alert.get("subject").asText()).isEqualTo("catalog");
        assertThat(alert.get("value").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(alert.get("threshold").asLong()).isZero();
        assertThat(alert.get("since").asText()).isEqualTo("2025-03-01T10:00:00Z");
        // Critical for ops, yet the node serves: degraded, as /health says.
        assertThat(alerts.get("verdict").asText()).isEqualTo("degraded");

        JsonNode health = dashboard("health");
        assertThat(health.get("verdict").asText()).isEqualTo("degraded");
        assertThat(health.get("problems").toString()).contains("dead letters in catalog");
        JsonNode letters = health.get("deadLetters");
        assertThat(letters.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(letters.get("parked").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(letters.get("retrying").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(letters.get("waiting").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(find(letters.get("groups"), "group", "catalog").get("oldestAt").asText())
                .isEqualTo("2025-03-01T10:00:00Z");
    }
}
