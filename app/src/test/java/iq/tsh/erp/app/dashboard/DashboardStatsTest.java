package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Stats: deliveries per kind and outcome, events per type, rows per read model. */
class DashboardStatsTest extends DashboardFixture {

    private static JsonNode count(JsonNode deliveries, String kind, String outcome) {
        for (JsonNode count : deliveries) {
            if (count.get("kind").asText().equals(kind) && count.get("outcome").asText().equals(outcome)) {
                return count;
            }
        }
        throw new AssertionError("no " + kind + "/" + outcome + " in " + deliveries);
    }

    @Test
    void countsDeliveriesEventsAndReadModelRows() {
        String itemId = newItemId();
        deliverProduct(itemId);
        http().postJson("/api/zoho/webhooks/customers", "{\"contact\":{\"contact_name\":\"no id\"}}");
        awaitProjected(itemId);

        JsonNode stats = dashboard("stats");

        JsonNode accepted = count(stats.get("deliveries"), "products", "accepted");
        assertThat(accepted.get("lastHour").asLong()).isPositive();
        assertThat(accepted.get("lastDay").asLong()).isGreaterThanOrEqualTo(accepted.get("lastHour").asLong());
        assertThat(count(stats.get("deliveries"), "customers", "rejected").get("lastHour").asLong()).isPositive();
        assertThat(stats.get("deliveryTotals").get("lastHour").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode synced = find(stats.get("events"), "type", "ProductSynced");
        assertThat(synced.get("payloadType").asText()).isEqualTo("iq.tsh.erp.api.product.ProductSynced");
        assertThat(synced.get("total").asLong()).isPositive();
        assertThat(synced.get("lastHour").asLong()).isPositive();
        assertThat(synced.get("lastDay").asLong()).isGreaterThanOrEqualTo(synced.get("lastHour").asLong());
        assertThat(find(stats.get("readModels"), "table", "products").get("rows").asLong())
                .isEqualTo(jdbc.queryForObject("select count(*) from products", Long.class)).isPositive();
        assertThat(stats.get("readModels").findValuesAsText("table"))
                .doesNotContain("domain_event_entry", "token_entry", "webhook_inbox", "databasechangelog");
    }
}
