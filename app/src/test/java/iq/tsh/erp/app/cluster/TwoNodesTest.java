package iq.tsh.erp.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import iq.tsh.erp.app.Samples;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one PostgreSQL, the documented way to scale out: webhooks go to both, each node works on its
 * share of the segments, a stopped node's segments move to the other at once and a killed node's within the lock
 * timeout, and the read model equals a rebuild from the event store. Each instance is a JVM of its own.
 */
class TwoNodesTest {

    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(10);
    private static final Map<String, String> FAST_FAILOVER = Map.of("TDS_LOCK_TIMEOUT_SECONDS",
            Long.toString(LOCK_TIMEOUT.toSeconds()));
    private static final long FIRST_ITEM = 7_800_000_000_000_000_000L;

    private static EmbeddedPostgres server;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void startDatabase() throws Exception {
        server = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
        jdbc = new JdbcTemplate(server.getPostgresDatabase());
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        server.close();
    }

    private static String databaseUrl() {
        return "postgresql://postgres:@localhost:" + server.getPort() + "/postgres";
    }

    private static Map<String, Long> catalogOwners() {
        Map<String, Long> owners = new java.util.TreeMap<>();
        jdbc.queryForList("select owner, count(*) as segments from token_entry where processor_name = 'catalog' "
                + "and owner is not null group by owner").forEach(row ->
                owners.put((String) row.get("owner"), ((Number) row.get("segments")).longValue()));
        return owners;
    }

    private static String item(long itemId, String name, String lastModified) {
        return Samples.withItem("item-created-1.json", Long.toString(itemId))
                .replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"" + name + "\"")
                .replaceFirst("\"last_modified_time\"\\s*:\\s*\"[^\"]*\"", "\"last_modified_time\": \"" + lastModified + "\"");
    }

    /** Sends every body from 16 senders, spread over the nodes; every answer must be a 200. */
    private static void deliverAll(List<Node> nodes, List<String> bodies) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(16);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                Node node = nodes.get(i % nodes.size());
                String body = bodies.get(i);
                answers.add(senders.submit(() -> node.deliver("products", body)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
            }
        } finally {
            senders.shutdownNow();
        }
    }

    private static long productsBetween(long first, long last) {
        return jdbc.queryForObject("select count(*) from products where item_id::numeric between ? and ?", Long.class,
                first, last);
    }

    @Test
    void twoNodesShareTheWorkTakeOverFromEachOtherAndAgreeWithARebuild() throws Exception {
        Node a = Node.start("node-a", databaseUrl(), FAST_FAILOVER);
        Node b = Node.start("node-b", databaseUrl(), FAST_FAILOVER);
        List<Node> all = new ArrayList<>(List.of(a, b));
        try {
            // Each node works on its share of the segments.
            await().atMost(Duration.ofSeconds(60)).until(() -> catalogOwners().equals(Map.of("node-a", 1L, "node-b", 1L)));

            // Webhooks go to both nodes; every product reaches the read model.
            List<String> bodies = new ArrayList<>();
            for (long i = 0; i < 300; i++) {
                bodies.add(item(FIRST_ITEM + i, "Oil " + i, "2026-01-01T10:00:00+0300"));
            }
            deliverAll(all, bodies);
            await().atMost(Duration.ofSeconds(60)).until(() -> productsBetween(FIRST_ITEM, FIRST_ITEM + 299) == 300);

            // One record changed 200 times, its deliveries shuffled and sent twice, through both nodes: the newest
            // wins, and the history holds each change it accepted once, oldest first.
            long busy = FIRST_ITEM + 1_000;
            List<String> versions = new ArrayList<>();
            for (int v = 1; v <= 200; v++) {
                String time = "2026-02-01T%02d:%02d:%02d+0300".formatted(v / 3600, (v / 60) % 60, v % 60);
                versions.add(item(busy, "Version " + v, time));
            }
            List<String> shuffled = new ArrayList<>(versions);
            shuffled.addAll(versions);
            Collections.shuffle(shuffled, new Random(42));
            deliverAll(all, shuffled);
            await().atMost(Duration.ofSeconds(60)).until(() -> "Version 200".equals(jdbc.queryForObject(
                    "select name from products where item_id = ?", String.class, Long.toString(busy))));
            List<String> history = jdbc.queryForList("""
                    select convert_from(payload, 'UTF8')::jsonb -> 'lastModifiedTime' #>> '{}' from domain_event_entry
                    where aggregate_identifier = ? and payload_type like '%ProductSynced' order by sequence_number""",
                    String.class, "item:" + busy);
            assertThat(history).doesNotHaveDuplicates().isSorted().isNotEmpty();

            // SIGTERM while webhooks keep arriving: a quick, quiet stop; what it answered 200 is stored; the other
            // node takes the released segment at once.
            Node stopping = b;
            AtomicBoolean sending = new AtomicBoolean(true);
            AtomicLong nextItem = new AtomicLong(FIRST_ITEM + 2_000);
            Set<Long> answered = ConcurrentHashMap.newKeySet();
            ExecutorService load = Executors.newFixedThreadPool(4);
            for (int s = 0; s < 4; s++) {
                load.submit(() -> {
                    while (sending.get() && stopping.isAlive()) {
                        long itemId = nextItem.getAndIncrement();
                        try {
                            if (stopping.deliver("products", item(itemId, "Late " + itemId, "2026-01-01T10:00:00+0300"))
                                    .statusCode() == 200) {
                                answered.add(itemId);
                            }
                        } catch (java.io.IOException refusedWhileStopping) {
                            // A stopping node refuses new connections: the sender tries another node.
                        }
                    }
                    return null;
                });
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> answered.size() >= 20);
            Duration stopped = b.stop();
            sending.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            all.remove(b);
            for (long itemId : answered) {
                assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                        Long.class, "item:" + itemId)).isEqualTo(1);
            }
            System.out.println("Two nodes: node-b answered " + answered.size() + " deliveries 200 while stopping");
            System.out.println("Two nodes: node-b stopped in " + stopped.toMillis() + " ms under SIGTERM");
            assertThat(stopped).isLessThan(Duration.ofSeconds(20));
            assertThat(b.errorsAndStackTraces()).isEmpty();
            long released = System.nanoTime();
            await().atMost(Duration.ofSeconds(10)).until(() -> catalogOwners().equals(Map.of("node-a", 2L)));
            System.out.println("Two nodes: node-a held both catalog segments "
                    + (System.nanoTime() - released) / 1_000_000 + " ms after node-b stopped");

            // SIGKILL: node-b (back) takes over node-a's segments once their claims age past the lock timeout.
            b = Node.start("node-b", databaseUrl(), FAST_FAILOVER);
            all.add(b);
            await().atMost(Duration.ofSeconds(60)).until(() -> catalogOwners().equals(Map.of("node-a", 1L, "node-b", 1L)));
            a.kill();
            all.remove(a);
            long killed = System.nanoTime();
            await().atMost(LOCK_TIMEOUT.plusSeconds(20)).until(() -> catalogOwners().equals(Map.of("node-b", 2L)));
            System.out.println("Two nodes: node-b held both catalog segments "
                    + (System.nanoTime() - killed) / 1_000_000 + " ms after node-a was killed (lock timeout "
                    + LOCK_TIMEOUT.toSeconds() + " s)");
            List<String> more = new ArrayList<>();
            for (long i = 300; i < 350; i++) {
                more.add(item(FIRST_ITEM + i, "Oil " + i, "2026-01-01T10:00:00+0300"));
            }
            deliverAll(all, more);
            await().atMost(Duration.ofSeconds(60)).until(() -> productsBetween(FIRST_ITEM, FIRST_ITEM + 349) == 350);

            // The read model equals a rebuild from the event store: nothing applied twice, nothing missed.
            Rebuild.assertProductsEqualARebuild(b, jdbc);
        } finally {
            for (Node node : all) {
                node.kill();
            }
        }
    }
}
