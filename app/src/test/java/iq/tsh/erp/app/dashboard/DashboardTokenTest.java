package iq.tsh.erp.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.MergedTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Positions come from token_entry as Axon's token store writes them (serialized here with the application's own
 * serializer): plain, replay and merge tokens, and a segment that has not started. Reading them claims nothing.
 */
class DashboardTokenTest extends DashboardFixture {

    private static final String PROCESSOR = "dashboard-token-test";

    @Autowired
    Serializer serializer;

    @AfterEach
    void removeTheProcessor() {
        jdbc.update("delete from token_entry where processor_name = ?", PROCESSOR);
    }

    private void segment(int segment, TrackingToken token, String owner) {
        jdbc.update("insert into token_entry (processor_name, segment, token, token_type, timestamp, owner)"
                        + " values (?, ?, ?, ?, '2025-05-01T10:00:00.000Z', ?)", PROCESSOR, segment,
                token == null ? null : serializer.serialize(token, byte[].class).getData(),
                token == null ? null : token.getClass().getName(), owner);
    }

    @Test
    void readsReplayMergedAndUnstartedTokensWithoutClaimingAny() {
        deliverProduct(newItemId());
        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        segment(0, ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(10, List.of()),
                GapAwareTrackingToken.newInstance(4, List.of())), "node-a");
        segment(1, new MergedTrackingToken(GapAwareTrackingToken.newInstance(3, List.of()),
                GapAwareTrackingToken.newInstance(7, List.of())), "node-b");
        segment(2, null, null);
        List<Map<String, Object>> before = jdbc.queryForList(
                "select segment, owner, timestamp from token_entry where processor_name = ? order by segment",
                PROCESSOR);

        JsonNode group = find(dashboard("queue").get("groups"), "group", PROCESSOR);
        JsonNode processor = find(dashboard("health").get("processors"), "name", PROCESSOR);

        JsonNode replay = group.get("segments").get(0);
        assertThat(replay.get("owner").asText()).isEqualTo("node-a");
        assertThat(replay.get("claimedAt").asText()).isEqualTo("2025-05-01T10:00:00Z");
        assertThat(replay.get("position").asLong()).isEqualTo(4);
        assertThat(replay.get("replaying").asBoolean()).isTrue();
        assertThat(replay.get("resetPosition").asLong()).isEqualTo(10);
        // Other tests share the event store and may still append: the lag lies between before and after.
        // Far behind (over 100,000 events) the lag is the difference in global index, so it may count gaps too.
        long eventsAfter = jdbc.queryForObject("select max(global_index) from domain_event_entry", Long.class);
        assertThat(replay.get("lagEvents").asLong()).isBetween(
                events - jdbc.queryForObject("select count(*) from domain_event_entry where global_index <= 4",
                        Long.class), eventsAfter);
        JsonNode merged = group.get("segments").get(1);
        assertThat(merged.get("position").asLong()).isEqualTo(3);
        JsonNode unstarted = group.get("segments").get(2);
        assertThat(unstarted.has("position")).isFalse();
        assertThat(unstarted.has("owner")).isFalse();
        assertThat(unstarted.get("lagEvents").asLong()).isBetween(events, eventsAfter);
        assertThat(group.get("lagEvents").asLong()).isBetween(events, eventsAfter);
        String firstEventAt = jdbc.queryForObject(
                "select time_stamp from domain_event_entry order by global_index limit 1", String.class);
        assertThat(Instant.parse(group.get("oldestUnprocessedAt").asText())).isEqualTo(Instant.parse(firstEventAt));
        assertThat(processor.get("mode").asText()).isEqualTo("elsewhere");
        assertThat(processor.has("running")).isFalse();
        assertThat(processor.get("segments").get(0).get("claimStale").asBoolean()).isTrue();
        assertThat(find(dashboard("alerts").get("alerts"), "subject", PROCESSOR + "/2").get("rule").asText())
                .isEqualTo("segment-unclaimed");
        assertThat(jdbc.queryForList(
                "select segment, owner, timestamp from token_entry where processor_name = ? order by segment",
                PROCESSOR)).isEqualTo(before);
    }
}
