package iq.tsh.erp.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import iq.tsh.erp.app.Samples;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * SIGKILL in the middle of a load of webhooks, on the embedded PostgreSQL (the default way to run): after a restart
 * every delivery that was answered 200 is in the event store exactly once, every delivery that got no answer and is
 * sent again ends exactly once too, and the read model equals a rebuild. {@code -Dcrash.deliveries=5000} runs the
 * large version (RELIABILITY.md); the test run uses 1,000.
 */
class CrashUnderLoadTest {

    private static final int DELIVERIES = Integer.getInteger("crash.deliveries", 1_000);
    private static final long FIRST_ITEM = 7_900_000_000_000_000_000L;

    @TempDir
    Path dataDir;

    private JdbcTemplate database() throws IOException {
        // The embedded server's port is the fourth line of its pid file.
        List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        DriverManagerDataSource source = new DriverManagerDataSource(
                "jdbc:postgresql://localhost:" + pid.get(3).strip() + "/postgres", "postgres", "");
        return new JdbcTemplate(source);
    }

    private static String body(int i) {
        return Samples.withItem("item-created-1.json", Long.toString(FIRST_ITEM + i));
    }

    @Test
    void everyDeliveryAnswered200SurvivesAKillAndEndsExactlyOnce() throws Exception {
        Node node = Node.startEmbedded("crash", dataDir, Map.of());
        Map<Integer, Boolean> answered = new ConcurrentHashMap<>();
        AtomicInteger ok = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            Node target = node;
            for (int i = 0; i < DELIVERIES; i++) {
                int delivery = i;
                senders.submit(() -> {
                    try {
                        HttpResponse<String> answer = target.deliver("products", body(delivery));
                        if (answer.statusCode() == 200) {
                            answered.put(delivery, true);
                            ok.incrementAndGet();
                        }
                    } catch (IOException noAnswer) {
                        // Killed mid-request: the sender does not know, and will send it again.
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(300)).until(() -> ok.get() >= DELIVERIES / 2);
            node.kill();
        } finally {
            senders.shutdown();
            assertThat(senders.awaitTermination(120, TimeUnit.SECONDS)).isTrue();
        }
        int answeredBeforeTheKill = answered.size();
        System.out.println("Crash under load: SIGKILL after " + answeredBeforeTheKill + " of " + DELIVERIES
                + " deliveries were answered 200");

        // Every delivery answered 200 is on disk, before anything is sent again.
        node = Node.startEmbedded("crash", dataDir, Map.of());
        try {
            JdbcTemplate jdbc = database();
            for (int delivery : answered.keySet()) {
                assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                        Long.class, "item:" + (FIRST_ITEM + delivery))).as("delivery %d", delivery).isEqualTo(1);
            }

            // The sender sends again what got no answer; each ends exactly once (the duplicates too).
            List<Integer> resent = new ArrayList<>();
            for (int i = 0; i < DELIVERIES; i++) {
                if (!answered.containsKey(i)) {
                    HttpResponse<String> answer = node.deliver("products", body(i));
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                    resent.add(i);
                }
            }
            assertThat(jdbc.queryForObject("""
                    select count(*) from domain_event_entry where aggregate_identifier like 'item:79%'""", Long.class))
                    .isEqualTo(DELIVERIES);
            assertThat(jdbc.queryForObject("""
                    select count(*) from (select aggregate_identifier from domain_event_entry
                    where aggregate_identifier like 'item:79%' group by aggregate_identifier having count(*) > 1) twice""",
                    Long.class)).isZero();
            System.out.println("Crash under load: " + resent.size() + " sent again after the restart; "
                    + DELIVERIES + " products, each stored once");

            // The read model has them all, and equals a rebuild from the event store.
            await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
                    "select count(*) from products where item_id like '79%'", Long.class) == DELIVERIES);
            Rebuild.assertProductsEqualARebuild(node, jdbc);
        } finally {
            // A stop, not a kill: the embedded PostgreSQL goes with it instead of outliving the test.
            node.stop();
        }
    }
}
