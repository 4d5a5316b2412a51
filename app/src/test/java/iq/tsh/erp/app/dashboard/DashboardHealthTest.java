package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Health gives one verdict resting on the database, the processors and their segments, dead letters and lag. */
class DashboardHealthTest extends DashboardFixture {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void answersEveryPartWithOneVerdict() {
        String itemId = newItemId();
        deliverProduct(itemId);
        awaitProjected(itemId);

        JsonNode health = dashboard("health");

        assertThat(health.get("verdict").asText()).isIn("healthy", "degraded", "unhealthy")
                .isEqualTo(dashboard("alerts").get("verdict").asText());
        assertThat(health.get("at").asText()).isNotBlank();
        assertThat(health.get("problems").isArray()).isTrue();
        assertThat(health.get("database").get("up").asBoolean()).isTrue();
        assertThat(health.get("database").get("latencyMs").asLong()).isNotNegative();
        JsonNode catalog = find(health.get("processors"), "name", "catalog");
        assertThat(catalog.get("mode").asText()).isEqualTo("tracking");
        assertThat(catalog.get("running").asBoolean()).isTrue();
        assertThat(catalog.get("error").asBoolean()).isFalse();
        assertThat(catalog.get("segments")).hasSize(2);
        for (JsonNode segment : catalog.get("segments")) {
            assertThat(segment.get("segment").asInt()).isIn(0, 1);
            assertThat(segment.get("owner").asText()).isNotBlank();
            assertThat(Instant.parse(segment.get("claimedAt").asText())).isBefore(Instant.now().plusSeconds(1));
            assertThat(segment.get("claimStale").asBoolean()).isFalse();
            assertThat(segment.get("local").asBoolean()).isTrue();
            assertThat(segment.get("position").asLong()).isNotNegative();
            assertThat(segment.get("errorState").asBoolean()).isFalse();
        }
        assertThat(health.get("deadLetters").get("total").asLong()).isNotNegative();
        JsonNode lag = find(health.get("lag"), "group", "catalog");
        assertThat(lag.get("events").asLong()).isNotNegative();
        assertThat(lag.get("seconds").asLong()).isNotNegative();
    }

    @Test
    void reportsAStoppedProcessorAndTheWorkPilingUpBehindIt() {
        StreamingEventProcessor catalog = processing.eventProcessor("catalog", StreamingEventProcessor.class)
                .orElseThrow();
        catalog.shutDown();
        try {
            Instant before = Instant.now();
            String itemId = newItemId();
            deliverProduct(itemId);

            JsonNode health = dashboard("health");
            assertThat(health.get("verdict").asText()).isEqualTo("degraded");
            assertThat(find(health.get("processors"), "name", "catalog").get("running").asBoolean()).isFalse();
            assertThat(health.get("problems").toString()).contains("catalog is not running");
            JsonNode alert = find(dashboard("alerts").get("alerts"), "rule", "processor-stopped");
            assertThat(alert.get("severity").asText()).isEqualTo("critical");
            assertThat(alert.get("subject").asText()).isEqualTo("catalog");
            assertThat(alert.get("since").asText()).isNotBlank();

            JsonNode queue = find(dashboard("queue").get("groups"), "group", "catalog");
            assertThat(queue.get("lagEvents").asLong()).isPositive();
            Instant oldest = Instant.parse(queue.get("oldestUnprocessedAt").asText());
            assertThat(oldest).isBetween(before.minusSeconds(1), Instant.now());
            for (JsonNode segment : queue.get("segments")) {
                assertThat(segment.get("lagEvents").asLong()).isPositive();
                assertThat(segment.has("owner")).as("released on shut-down").isFalse();
            }
        } finally {
            catalog.start();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(find(dashboard("queue").get("groups"), "group", "catalog").get("lagEvents").asLong()).isZero();
            List<String> rules = dashboard("alerts").get("alerts").findValuesAsText("rule");
            assertThat(rules).doesNotContain("processor-stopped");
        });
    }
}
