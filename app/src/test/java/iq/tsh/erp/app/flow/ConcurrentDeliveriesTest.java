package iq.tsh.erp.app.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.Samples;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Deliveries of one record racing each other, in any order: none fails, and the record ends as its newest
 * snapshot says. Conflicts in the event store are retried, never shown to Zoho.
 */
class ConcurrentDeliveriesTest extends ApplicationTest {

    private static final int VERSIONS = 12;

    /** Version n of the item: price 10000 + n, modified n minutes after the sample's time. */
    private static String version(String itemId, int n) {
        return Samples.withItem("item-created-1.json", itemId)
                .replace("\"rate\": 18500", "\"rate\": " + (10_000 + n))
                .replace("\"last_modified_time\": \"2025-03-02T09:14:55+0300\"",
                        "\"last_modified_time\": \"2025-03-02T" + String.format("%02d", 10 + n / 60) + ":"
                                + String.format("%02d", n % 60) + ":00+0300\"");
    }

    @Test
    void racingDeliveriesEndInTheNewestState() throws Exception {
        String itemId = "7400000000000000001";
        List<Callable<Answer>> senders = new ArrayList<>();
        for (int n = 1; n <= VERSIONS; n++) {
            String body = version(itemId, n);
            senders.add(() -> http().postJson("/api/zoho/webhooks/products", body));
        }
        Collections.shuffle(senders);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Answer> answers = new ArrayList<>();
        try {
            for (Future<Answer> answer : pool.invokeAll(senders)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(Answer::status).containsOnly(200);
        assertThat(answers).extracting(answer -> answer.json().get("status").asText())
                .containsOnly("accepted", "stale")
                .contains("accepted");
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            Answer product = http().get("/api/mobile/products/" + itemId);
            return product.status() == 200 && product.json().get("price").asInt() == 10_000 + VERSIONS;
        });
        assertThat(jdbc.queryForObject("select count(*) from webhook_inbox where aggregate_ids ->> 0 = ?",
                Long.class, "item:" + itemId)).isEqualTo(VERSIONS);
    }
}
