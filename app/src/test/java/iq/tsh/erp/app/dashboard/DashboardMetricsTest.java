package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Metrics: this node's processing rate, handling latency percentiles, failures and webhook latency. */
class DashboardMetricsTest extends DashboardFixture {

    @Test
    void reportsProcessingAndWebhookMetrics() {
        String itemId = newItemId();
        deliverProduct(itemId);
        awaitProjected(itemId);

        await().atMost(Duration.ofSeconds(10)).until(() ->
                find(dashboard("metrics").get("processors"), "processor", "catalog").get("sinceStart")
                        .get("succeeded").asLong() > 0);
        JsonNode metrics = dashboard("metrics");

        assertThat(metrics.get("since").asText()).isNotBlank();
        assertThat(metrics.get("prometheus").asText()).isEqualTo("/actuator/prometheus");
        JsonNode catalog = find(metrics.get("processors"), "processor", "catalog");
        assertThat(catalog.get("sinceStart").get("ingested").asLong()).isPositive();
        assertThat(catalog.get("sinceStart").get("failed").asLong()).isNotNegative();
        for (String window : new String[] {"lastMinute", "lastFiveMinutes", "lastHour"}) {
            JsonNode rate = catalog.get(window);
            assertThat(rate.get("windowSeconds").asLong()).as(window).isNotNegative();
            assertThat(rate.get("handledPerSecond").asDouble()).as(window).isNotNegative();
            assertThat(rate.get("failed").asLong()).as(window).isNotNegative();
        }
        JsonNode handling = catalog.get("handlingTimes").get(0);
        assertThat(handling.get("count").asLong()).isPositive();
        assertThat(handling.get("meanMs").asDouble()).isPositive();
        assertThat(handling.get("percentilesMs").has("p50")).isTrue();
        assertThat(handling.get("percentilesMs").has("p99")).isTrue();

        JsonNode webhooks = metrics.get("webhooks");
        assertThat(webhooks.get("requests").asLong()).isPositive();
        JsonNode ok = find(webhooks.get("byStatus"), "status", "200");
        assertThat(ok.get("count").asLong()).isPositive();
        assertThat(ok.get("maxMs").asDouble()).isPositive();
        assertThat(ok.get("percentilesMs").fieldNames()).toIterable().contains("p50", "p95", "p99");
        assertThat(webhooks.get("clientErrorPercent").asDouble()).isBetween(0.0, 100.0);
    }
}
