package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Samples;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Auditors read the event store with SQL: payloads and metadata are JSON in bytea, linked to their delivery. */
class EventStoreJsonTest extends ApplicationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void storesTheEventAsReadableJsonWithItsCause() throws Exception {
        String itemId = "7200000000000000001";
        JsonNode answer = http().postJson("/api/zoho/webhooks/products",
                Samples.withItem("item-created-1.json", itemId), "X-Erp-Event", "item.created").json();

        Map<String, Object> row = jdbc.queryForMap("""
                select payload_type, pg_typeof(payload)::text as column_type,
                       convert_from(payload, 'UTF8') as payload, convert_from(meta_data, 'UTF8') as meta_data
                from domain_event_entry where aggregate_identifier = ? and sequence_number = 0""", "item:" + itemId);

        assertThat(row.get("column_type")).isEqualTo("bytea");
        assertThat(row.get("payload_type")).isEqualTo("iq.tsh.erp.api.product.ProductSynced");
        JsonNode payload = JSON.readTree((String) row.get("payload"));
        assertThat(payload.get("productId").asText()).isEqualTo("item:" + itemId);
        assertThat(payload.get("product").get("name").asText()).isEqualTo("Extra Virgin Olive Oil 1L - Al Wadi");
        assertThat(payload.get("product").get("price").get("amount").decimalValue()).isEqualByComparingTo("18500");
        assertThat(payload.get("product").get("price").get("currency").asText()).isEqualTo("IQD");
        assertThat(payload.get("stock").get("locations")).hasSize(2);
        assertThat(payload.get("lastModifiedTime").asText()).isEqualTo("2025-03-02T06:14:55Z");

        JsonNode metaData = JSON.readTree((String) row.get("meta_data"));
        assertThat(metaData.get("deliveryId").asText()).isEqualTo(answer.get("deliveryId").asText());
        assertThat(metaData.get("webhookKind").asText()).isEqualTo("products");
        assertThat(metaData.get("webhookEvent").asText()).isEqualTo("created");
        assertThat(metaData.get("correlationId").asText()).isNotBlank();
    }

    @Test
    void tokensAreReadableJsonToo() throws Exception {
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", "7200000000000000002"));
        String query = """
                select convert_from(token, 'UTF8') from token_entry
                where processor_name = 'catalog' and token is not null limit 1""";
        await().atMost(Duration.ofSeconds(20)).until(() -> !jdbc.queryForList(query, String.class).isEmpty());
        String token = jdbc.queryForObject(query, String.class);

        assertThat(JSON.readTree(token).isObject()).isTrue();
    }
}
