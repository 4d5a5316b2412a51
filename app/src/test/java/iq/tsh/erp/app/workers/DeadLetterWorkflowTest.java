package iq.tsh.erp.app.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import iq.tsh.erp.app.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A projection failing on one record: that event is retried with growing delays, then parked; later events of the
 * record wait behind it; other records flow; once the fault is gone, an ops retry empties the queue in order.
 * Transient failures are retried without parking anything.
 */
class DeadLetterWorkflowTest extends ApplicationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private long letters(String itemId) {
        return jdbc.queryForObject("select count(*) from dead_letter_entry where processing_group = 'faults' "
                + "and sequence_identifier = ?", Long.class, "item:" + itemId);
    }

    private boolean parked(String itemId) {
        return !jdbc.queryForList("""
                select 1 from dead_letter_entry where processing_group = 'faults' and sequence_identifier = ?
                and convert_from(diagnostics, 'UTF8')::jsonb ->> 'exhausted' = 'true'""", "item:" + itemId).isEmpty();
    }

    @Test
    void retriesWithGrowingDelaysParksAndRecoversOnOpsRetry() {
        String broken = "7600000000000000001";
        String healthy = "7600000000000000002";
        FaultyProjection.BROKEN.add(broken);

        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", broken));
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", healthy));
        await().atMost(PATIENCE).until(() -> parked(broken));

        // The first attempt and 3 retries (max-retry-attempts=3 in tests), each wait longer than the one before.
        List<Instant> attempts = FaultyProjection.ATTEMPTS.get(broken);
        assertThat(attempts).hasSize(4);
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < attempts.size(); i++) {
            gaps.add(Duration.between(attempts.get(i - 1), attempts.get(i)).toMillis());
        }
        System.out.println("Dead-letter retry delays (ms, first delay 150 ms, doubling, ±25 % jitter): " + gaps);
        assertThat(gaps.get(1)).isGreaterThan(gaps.get(0));
        assertThat(gaps.get(2)).isGreaterThan(gaps.get(1));
        await().atMost(PATIENCE).until(() -> FaultyProjection.HANDLED.containsKey(healthy));

        // A later event of the broken record waits behind the parked one, unhandled.
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-updated-1.json", broken));
        await().atMost(PATIENCE).until(() -> letters(broken) == 2);
        assertThat(FaultyProjection.HANDLED).doesNotContainKey(broken);
        assertThat(jdbc.queryForObject("select count(*) from processing_log where action = 'parked' and aggregate_id = ?",
                Long.class, "item:" + broken)).isEqualTo(1);

        // The fault is fixed; ops retry the record's sequence: both events are handled, in order.
        FaultyProjection.BROKEN.remove(broken);
        Answer retried = http().as(Tokens.ops()).post("/api/zoho/admin/queue/retry?group=faults&sequence=item:" + broken,
                null, new byte[0]);

        assertThat(retried.status()).isEqualTo(200);
        JsonNode result = retried.json();
        assertThat(result.get("sequences").asInt()).isEqualTo(1);
        assertThat(result.get("succeeded").asInt()).isEqualTo(1);
        assertThat(result.get("failedAgain").asInt()).isZero();
        assertThat(letters(broken)).isZero();
        assertThat(FaultyProjection.HANDLED.get(broken)).containsExactly(0L, 1L);
    }

    @Test
    void retriesTransientFailuresWithoutParking() {
        String flaky = "7600000000000000003";
        FaultyProjection.TRANSIENT_FAILURES_LEFT.put(flaky, new AtomicInteger(2));

        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", flaky));

        await().atMost(PATIENCE).until(() -> FaultyProjection.HANDLED.containsKey(flaky));
        assertThat(FaultyProjection.ATTEMPTS.get(flaky)).hasSize(3);
        assertThat(letters(flaky)).isZero();
    }

    @Test
    void clearsOnlyWithConfirmationAndArchivesWhoDidIt() {
        String broken = "7600000000000000004";
        FaultyProjection.BROKEN.add(broken);
        http().postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", broken));
        await().atMost(PATIENCE).until(() -> parked(broken));

        Answer unconfirmed = http().as(Tokens.ops()).post(
                "/api/zoho/admin/queue/clear?group=faults&sequence=item:" + broken, null, new byte[0]);
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(letters(broken)).isEqualTo(1);

        Answer cleared = http().as(Tokens.of("ops-ali", "OPS")).post(
                "/api/zoho/admin/queue/clear?confirm=true&group=faults&sequence=item:" + broken, null, new byte[0]);

        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().get("cleared").asInt()).isEqualTo(1);
        assertThat(letters(broken)).isZero();
        assertThat(jdbc.queryForObject("select cleared_by from dead_letter_archive where sequence_identifier = ?",
                String.class, "item:" + broken)).isEqualTo("ops-ali");
        FaultyProjection.BROKEN.remove(broken);
    }
}
