package iq.tsh.erp.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import iq.tsh.erp.app.Samples;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The database goes away for 20 s under load: webhooks answer 503 quickly (the sender retries; nothing half-done),
 * health says the database is down, and once it is back everything recovers by itself: the deliveries sent again
 * are stored once, and the processors catch up.
 */
class DatabaseOutageTest {

    private static final long FIRST_ITEM = 7_700_000_000_000_000_000L;
    private static final Duration OUTAGE = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    private EmbeddedPostgres startServer(int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String body(int i) {
        return Samples.withItem("item-created-1.json", Long.toString(FIRST_ITEM + i));
    }

    @Test
    void webhooksAnswer503QuicklyWhileTheDatabaseIsAwayAndEverythingRecoversAfter() throws Exception {
        int port = freePort();
        EmbeddedPostgres server = startServer(port);
        Node node = Node.start("outage", "postgresql://postgres:@localhost:" + port + "/postgres", Map.of());
        AtomicBoolean sending = new AtomicBoolean(true);
        AtomicInteger next = new AtomicInteger();
        Map<Integer, Integer> statusOf = new ConcurrentHashMap<>();
        List<Long> outageAnswerMillis = new CopyOnWriteArrayList<>();
        AtomicBoolean databaseAway = new AtomicBoolean();
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            for (int s = 0; s < 4; s++) {
                senders.submit(() -> {
                    while (sending.get()) {
                        int delivery = next.getAndIncrement();
                        long started = System.nanoTime();
                        try {
                            HttpResponse<String> answer = node.deliver("products", body(delivery));
                            statusOf.put(delivery, answer.statusCode());
                        } catch (IOException noAnswer) {
                            statusOf.put(delivery, -1);
                        }
                        if (databaseAway.get()) {
                            outageAnswerMillis.add((System.nanoTime() - started) / 1_000_000);
                        }
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> statusOf.size() >= 50);

            server.close();
            databaseAway.set(true);
            await().atMost(Duration.ofSeconds(15)).until(() -> node.get("/health").statusCode() == 503);
            assertThat(node.get("/health").body()).contains("unhealthy").contains("database");
            long outageEnds = System.nanoTime() + OUTAGE.toNanos();
            await().atMost(OUTAGE.plusSeconds(5)).until(() -> System.nanoTime() > outageEnds);

            server = startServer(port);
            databaseAway.set(false);
            await().atMost(Duration.ofSeconds(60)).until(() -> node.get("/health").statusCode() == 200);
            int sentAfterRecovery = next.get();
            await().atMost(Duration.ofSeconds(60)).until(() -> statusOf.keySet().stream()
                    .filter(delivery -> delivery >= sentAfterRecovery).filter(d -> statusOf.get(d) == 200).count() >= 20);
        } finally {
            sending.set(false);
            senders.shutdown();
            assertThat(senders.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        try {
            long refused = statusOf.values().stream().filter(status -> status == 503).count();
            long slowest = outageAnswerMillis.stream().mapToLong(Long::longValue).max().orElse(0);
            System.out.println("Database outage: " + statusOf.size() + " deliveries, " + refused + " answered 503 during "
                    + OUTAGE.toSeconds() + " s without the database, slowest of those answers " + slowest + " ms");
            assertThat(statusOf.values()).allMatch(status -> status == 200 || status == 503);
            assertThat(refused).isPositive();
            assertThat(slowest).isLessThan(5_000);

            // The sender retries what was refused; then every delivery is stored once and projected.
            for (Map.Entry<Integer, Integer> delivery : statusOf.entrySet()) {
                if (delivery.getValue() != 200) {
                    assertThat(node.deliver("products", body(delivery.getKey())).statusCode()).isEqualTo(200);
                }
            }
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
                    "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", ""));
            int deliveries = statusOf.size();
            assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier like "
                    + "'item:77%'", Long.class)).isEqualTo(deliveries);
            assertThat(jdbc.queryForObject("select count(distinct aggregate_identifier) from domain_event_entry "
                    + "where aggregate_identifier like 'item:77%'", Long.class)).isEqualTo(deliveries);
            await().atMost(Duration.ofSeconds(120)).until(() -> jdbc.queryForObject(
                    "select count(*) from products where item_id like '77%'", Long.class) == deliveries);
        } finally {
            node.stop();
            server.close();
        }
    }
}
