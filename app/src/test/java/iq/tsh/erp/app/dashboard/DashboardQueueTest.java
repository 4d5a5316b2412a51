package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The queue: the head of the event stream and, per group and segment, the position, lag and throughput. */
class DashboardQueueTest extends DashboardFixture {

    @Test
    void showsEachSegmentsPositionLagAndThroughput() {
        String itemId = newItemId();
        deliverProduct(itemId);
        long index = jdbc.queryForObject(
                "select max(global_index) from domain_event_entry where aggregate_identifier = ?", Long.class,
                "item:" + itemId);

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode catalog = find(dashboard("queue").get("groups"), "group", "catalog");
            return catalog.get("lagEvents").asLong() == 0
                    && catalog.get("segments").findValues("position").stream().allMatch(p -> p.asLong() >= index);
        });
        JsonNode queue = dashboard("queue");

        assertThat(queue.get("head").asLong()).isGreaterThanOrEqualTo(index);
        assertThat(queue.get("headAt").asText()).isNotBlank();
        JsonNode catalog = find(queue.get("groups"), "group", "catalog");
        assertThat(catalog.get("head").asLong()).isEqualTo(queue.get("head").asLong());
        assertThat(catalog.get("lagSeconds").asLong()).isZero();
        assertThat(catalog.has("oldestUnprocessedAt")).isFalse();
        assertThat(catalog.get("segments")).hasSize(2);
        for (JsonNode segment : catalog.get("segments")) {
            assertThat(segment.get("owner").asText()).isNotBlank();
            assertThat(segment.get("claimedAt").asText()).isNotBlank();
            assertThat(segment.get("replaying").asBoolean()).isFalse();
            assertThat(segment.get("lagEvents").asLong()).isZero();
            assertThat(segment.get("lagSeconds").asLong()).isZero();
        }
        JsonNode throughput = catalog.get("throughput");
        assertThat(throughput.get("handledSinceStart").asLong()).isPositive();
        assertThat(throughput.get("handledPerSecond").asDouble()).isNotNegative();
        assertThat(throughput.get("windowSeconds").asLong()).isNotNegative();
    }
}
