package iq.tsh.erp.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.ApplicationTest;
import iq.tsh.erp.app.Http;
import iq.tsh.erp.app.Http.Answer;
import iq.tsh.erp.app.TshErpApplication;
import iq.tsh.erp.app.Samples;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Idle workers are woken by the webhook's commit, not by their next poll. With a poll interval of half a minute, every
 * delivery still reaches the read model within seconds. With Axon's plain embedded store in place of
 * {@code CommitAwareEventStore} this fails: Axon looks for the events while the webhook's transaction is still open,
 * finds nothing, and sleeps until the next poll.
 */
@SpringBootTest(classes = TshErpApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkerWakeUpTest {

    private static final Duration SLOW_POLL = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void slowPolling(DynamicPropertyRegistry registry) {
        ApplicationTest.testSettings(registry, SLOW_POLL);
    }

    @LocalServerPort
    int port;

    @Value("${erp.workers.poll-interval}")
    Duration pollInterval;

    @Test
    void everyDeliveryIsProjectedLongBeforeTheNextPoll() {
        assertThat(pollInterval).as("this context polls slowly").isEqualTo(SLOW_POLL);
        for (int round = 0; round < 5; round++) {
            String itemId = "77123400000000" + round;
            Answer answer = new Http(port).postJson("/api/zoho/webhooks/products", Samples.withItem("item-created-1.json", itemId));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            await().atMost(SLOW_POLL.dividedBy(3))
                    .until(() -> new Http(port).get("/api/mobile/products/" + itemId).status() == 200);
        }
    }
}
