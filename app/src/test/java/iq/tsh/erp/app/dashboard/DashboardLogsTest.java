package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The processing log as the workers and ops write it (rows written here with SQL): newest first, filtered, paged. */
class DashboardLogsTest extends DashboardFixture {

    private String aggregate;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void logLines() {
        aggregate = "item:" + newItemId();
        line("2025-04-01T10:00:00Z", "retried", 1, "price column overflow", null);
        line("2025-04-01T10:01:00Z", "retried", 2, "price column overflow", null);
        line("2025-04-01T10:03:00Z", "parked", 3, "retries used up", null);
        // Two lines at the same instant: the id keeps their order stable across pages.
        line("2025-04-01T11:00:00Z", "dead-letters-retried", null, "retried by ops", "ops-user");
        line("2025-04-01T11:00:00Z", "recovered", 4, null, null);
    }

    @AfterEach
    void removeThem() {
        jdbc.update("delete from processing_log where aggregate_id = ?", aggregate);
    }

    private void line(String at, String action, Integer attempt, String message, String actor) {
        ids.add(jdbc.queryForObject("""
                insert into processing_log (at, processing_group, action, aggregate_id, event_identifier, event_type,
                                            attempt, message, actor)
                values (?, 'catalog', ?, ?, ?, 'iq.tsh.erp.api.product.ProductSynced', ?, ?, ?) returning id""",
                Long.class, Timestamp.from(Instant.parse(at)), action, aggregate, "event-" + ids.size(), attempt,
                message, actor));
    }

    private List<Long> listed(String query) {
        List<Long> listed = new ArrayList<>();
        dashboard("logs?aggregate=" + aggregate + query).get("items")
                .forEach(item -> listed.add(item.get("id").asLong()));
        return listed;
    }

    @Test
    void listsTheLogNewestFirstWithEveryField() {
        JsonNode page = dashboard("logs?aggregate=" + aggregate);

        assertThat(listed("")).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        assertThat(page.has("next")).isFalse();
        JsonNode parked = page.get("items").get(2);
        assertThat(parked.get("at").asText()).isEqualTo("2025-04-01T10:03:00Z");
        assertThat(parked.get("group").asText()).isEqualTo("catalog");
        assertThat(parked.get("action").asText()).isEqualTo("parked");
        assertThat(parked.get("aggregateId").asText()).isEqualTo(aggregate);
        assertThat(parked.get("eventIdentifier").asText()).isEqualTo("event-2");
        assertThat(parked.get("eventType").asText()).isEqualTo("iq.tsh.erp.api.product.ProductSynced");
        assertThat(parked.get("attempt").asInt()).isEqualTo(3);
        assertThat(parked.get("message").asText()).isEqualTo("retries used up");
        JsonNode byOps = page.get("items").get(1);
        assertThat(byOps.get("actor").asText()).isEqualTo("ops-user");
        assertThat(byOps.has("attempt")).isFalse();
    }

    @Test
    void filtersByGroupActionAndTime() {
        assertThat(listed("&action=retried")).containsExactly(ids.get(1), ids.get(0));
        assertThat(listed("&group=catalog")).hasSize(5);
        assertThat(listed("&from=2025-04-01T10:01:00Z&to=2025-04-01T11:00:00Z"))
                .containsExactly(ids.get(2), ids.get(1));
        assertThat(listed("&from=2025-04-01T14:00:00%2B03:00")).containsExactly(ids.get(4), ids.get(3));
    }

    @Test
    void pagesWithACursorUntilTheLastPage() {
        JsonNode first = dashboard("logs?limit=2&aggregate=" + aggregate);
        JsonNode second = dashboard("logs?limit=2&aggregate=" + aggregate + "&cursor=" + first.get("next").asText());
        JsonNode third = dashboard("logs?limit=2&aggregate=" + aggregate + "&cursor=" + second.get("next").asText());

        List<Long> seen = new ArrayList<>();
        for (JsonNode page : List.of(first, second, third)) {
            page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
        }
        assertThat(seen).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1), ids.get(0));
        assertThat(third.has("next")).isFalse();
    }

    @Test
    void refusesParametersItCannotUse() {
        JsonNode handled = problem("logs?action=handled", 400);
        assertThat(handled.get("parameter").asText()).isEqualTo("action");
        assertThat(handled.get("detail").asText()).contains("metrics");
        assertThat(problem("logs?action=exploded", 400).get("parameter").asText()).isEqualTo("action");
        assertThat(problem("logs?from=last-tuesday", 400).get("parameter").asText()).isEqualTo("from");
        assertThat(problem("logs?cursor=bG9nc3xub3QtYS10aW1lfDE", 400).get("parameter").asText()).isEqualTo("cursor");
    }
}
