package iq.tsh.erp.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.Tokens;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The global stream: in global index order, resumable from a position, filtered by type and by time window. */
class AuditStreamTest extends ApplicationTest {

    private static final String OPENED = "iq.tsh.erp.audit.test.LedgerOpened";
    private static final String POSTED = "iq.tsh.erp.audit.test.LedgerPosted";
    private static final Instant FIRST = Instant.parse("2001-02-03T04:05:00Z");

    /** The global index before this test's events: every query starts after it, so other tests' events stay out. */
    private long position;
    private String ledger;

    /** Every call to the audit API goes through here (the one place to add the auditor's credentials). */
    private Answer audit(String path) {
        return http().as(Tokens.auditor()).get(path);
    }

    /** Six events written straight into the store, a second apart, types alternating Opened, Posted, Opened... */
    @BeforeEach
    void sixEventsOfKnownTimes() {
        position = jdbc.queryForObject("select coalesce(max(global_index), 0) from domain_event_entry", Long.class);
        ledger = "ledger:" + UUID.randomUUID();
        for (int i = 0; i < 6; i++) {
            jdbc.update("""
                    insert into domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                        meta_data, payload, payload_type, time_stamp)
                    values (?, ?, 'Ledger', ?, convert_to(?, 'UTF8'), convert_to(?, 'UTF8'), ?, ?)""",
                    ledger, i, UUID.randomUUID().toString(), "{\"subject\":\"auditor-" + i + "\"}",
                    "{\"ledgerId\":\"" + ledger + "\",\"line\":" + i + ",\"amount\":1250.50}",
                    i % 2 == 0 ? OPENED : POSTED, FIRST.plusSeconds(i).toString());
        }
    }

    private static List<Integer> lines(JsonNode page) {
        List<Integer> lines = new ArrayList<>();
        page.get("events").forEach(event -> lines.add(event.get("payload").get("line").asInt()));
        return lines;
    }

    @Test
    void resumesFromAPositionPageByPage() {
        Answer firstAnswer = audit("/api/audit/events?after=" + position + "&limit=4");
        JsonNode first = firstAnswer.json();

        assertThat(lines(first)).containsExactly(0, 1, 2, 3);
        JsonNode events = first.get("events");
        for (int i = 1; i < 4; i++) {
            assertThat(events.get(i).get("globalIndex").asLong()).isGreaterThan(events.get(i - 1).get("globalIndex").asLong());
        }
        assertThat(events.get(0).get("globalIndex").asLong()).isGreaterThan(position);
        assertThat(events.get(0).get("aggregateId").asText()).isEqualTo(ledger);
        assertThat(events.get(0).get("type").asText()).isEqualTo("LedgerOpened");
        assertThat(events.get(1).get("payloadType").asText()).isEqualTo(POSTED);
        assertThat(events.get(1).get("metadata").get("subject").asText()).isEqualTo("auditor-1");
        assertThat(events.get(1).has("delivery")).isFalse();
        // Exact as stored: 1250.50 keeps its last zero.
        assertThat(firstAnswer.body()).contains("\"amount\":1250.50");
        String next = first.get("next").asText();
        assertThat(next).isEqualTo(events.get(3).get("globalIndex").asText());

        JsonNode rest = audit("/api/audit/events?cursor=" + next + "&limit=4").json();
        assertThat(lines(rest)).containsExactly(4, 5);
        assertThat(rest.has("next")).isFalse();
        assertThat(rest.get("position").asLong()).isEqualTo(rest.get("events").get(1).get("globalIndex").asLong());

        JsonNode nothingNew = audit("/api/audit/events?after=" + rest.get("position").asLong()).json();
        assertThat(nothingNew.get("events")).isEmpty();
        assertThat(nothingNew.get("position").asLong()).isEqualTo(rest.get("position").asLong());
    }

    @Test
    void filtersBySimpleOrFullTypeName() {
        JsonNode simple = audit("/api/audit/events?after=" + position + "&type=LedgerPosted").json();
        JsonNode full = audit("/api/audit/events?after=" + position + "&type=" + POSTED).json();
        JsonNode both = audit("/api/audit/events?after=" + position + "&type=LedgerPosted,LedgerOpened").json();
        JsonNode none = audit("/api/audit/events?after=" + position + "&type=NoSuchThingHappened").json();

        assertThat(lines(simple)).containsExactly(1, 3, 5);
        assertThat(lines(full)).containsExactly(1, 3, 5);
        assertThat(lines(both)).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(none.get("events")).isEmpty();
        JsonNode paged = audit("/api/audit/events?after=" + position + "&type=LedgerPosted&limit=2").json();
        assertThat(lines(paged)).containsExactly(1, 3);
        JsonNode resumed = audit("/api/audit/events?cursor=" + paged.get("next").asText() + "&type=LedgerPosted").json();
        assertThat(lines(resumed)).containsExactly(5);
    }

    @Test
    void filtersByTimeWindowFromInclusiveToExclusive() {
        String window = "&from=" + FIRST.plusSeconds(1) + "&to=" + FIRST.plusSeconds(4);

        JsonNode inWindow = audit("/api/audit/events?after=" + position + window).json();
        // The same window written with an offset (+03:00, its '+' encoded).
        JsonNode withOffset = audit("/api/audit/events?after=" + position
                + "&from=2001-02-03T07:05:01%2B03:00&to=2001-02-03T07:05:04%2B03:00").json();
        JsonNode postedInWindow = audit("/api/audit/events?after=" + position + window + "&type=LedgerPosted").json();

        assertThat(lines(inWindow)).containsExactly(1, 2, 3);
        assertThat(lines(withOffset)).containsExactly(1, 2, 3);
        assertThat(lines(postedInWindow)).containsExactly(1, 3);
    }

    @Test
    void carriesRealEventsWithTheirRecordAndDelivery() {
        String itemId = "7931000000000000001";
        String deliveryId = http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", itemId))
                .json().get("deliveryId").asText();

        JsonNode synced = audit("/api/audit/events?after=" + position + "&type=ProductSynced").json();

        assertThat(synced.get("events")).hasSize(1);
        JsonNode event = synced.get("events").get(0);
        assertThat(event.get("aggregateId").asText()).isEqualTo("item:" + itemId);
        assertThat(event.get("sequence").asLong()).isZero();
        assertThat(event.get("delivery").get("deliveryId").asText()).isEqualTo(deliveryId);
        assertThat(event.get("delivery").get("link").asText()).isEqualTo("/api/audit/deliveries/" + deliveryId);
    }
}
