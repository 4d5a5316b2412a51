package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.Http.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.test.context.TestPropertySource;

/**
 * The metrics the dashboard shows are also exported for Prometheus, with the settings production uses: dimensional
 * Axon meters (one series per processor and event type) and webhook latency quantiles. Spring Boot turns metric
 * export off in tests unless asked, so this class runs an application of its own. Commands, queries and stored events
 * are not timed per message: that cost every request CPU and nothing reads it.
 */
@AutoConfigureObservability(tracing = false)
@TestPropertySource(properties = "axon.metrics.micrometer.dimensional=true")
class DashboardPrometheusTest extends DashboardFixture {

    @Test
    void exportsProcessorMetersAndWebhookQuantiles() {
        String itemId = newItemId();
        deliverProduct(itemId);
        awaitProjected(itemId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Answer prometheus = ops().get("/actuator/prometheus");
            assertThat(prometheus.status()).isEqualTo(200);
            assertThat(prometheus.body().lines())
                    .anyMatch(line -> line.startsWith("eventProcessor_successCounter_total{")
                            && line.contains("processorName=\"catalog\"")
                            && line.contains("payloadType=\"ProductSynced\""))
                    .anyMatch(line -> line.startsWith("http_server_requests_seconds{")
                            && line.contains("uri=\"/api/zoho/webhooks/{kind}\"")
                            && line.contains("quantile=\"0.99\""));
        });
    }

    @Test
    void timesTheProcessorsButNotEveryCommandQueryAndStoredEvent() {
        String itemId = newItemId();
        deliverProduct(itemId);
        awaitProjected(itemId);

        Answer prometheus = ops().get("/actuator/prometheus");
        assertThat(prometheus.status()).isEqualTo(200);
        // The webhook sent a command and stored an event, the product read sent a query: none is timed per message.
        assertThat(prometheus.body().lines())
                .anyMatch(line -> line.startsWith("eventProcessor_"))
                .noneMatch(line -> line.startsWith("commandBus_") || line.startsWith("queryBus_")
                        || line.startsWith("eventStore_"));
    }

    @Test
    void namesTheEventTypeOfEachHandlingTime() {
        String itemId = newItemId();
        deliverProduct(itemId);
        awaitProjected(itemId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode catalog = find(dashboard("metrics").get("processors"), "processor", "catalog");
            assertThat(catalog.get("sinceStart").get("succeeded").asLong()).isPositive();
            assertThat(find(catalog.get("handlingTimes"), "eventType", "ProductSynced").get("count").asLong())
                    .isPositive();
        });
    }
}
