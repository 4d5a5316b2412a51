package iq.tsh.erp.app.axon;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The {@code worker_nodes} roster: every few seconds each node says which processing groups it runs, so the
 * {@link SegmentBalancer} knows how many nodes share a group's segments. A node that stops leaves the roster first
 * (before its processors release their claims), so the others take all its segments at once; a killed node drops out
 * when its entries grow old.
 */
@Component
class NodeRoster implements SmartLifecycle {

    /** How often a node renews its entries; three missed renewals and it no longer counts. */
    static final Duration RENEWAL = Duration.ofSeconds(3);
    private static final Duration LIVE = RENEWAL.multipliedBy(3);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final WorkerNode node;
    private volatile boolean running;

    NodeRoster(JdbcTemplate jdbc, EventProcessingConfiguration processing, WorkerNode node) {
        this.jdbc = jdbc;
        this.processing = processing;
        this.node = node;
    }

    @Scheduled(fixedRate = 3, timeUnit = TimeUnit.SECONDS)
    void renew() {
        if (!running) {
            return;
        }
        String[] runningGroups = processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor processor && processor.isRunning())
                .map(Map.Entry::getKey).toArray(String[]::new);
        try {
            // Two statements whatever the number of groups: each is a durable commit.
            jdbc.update("""
                    insert into worker_nodes (node_id, processing_group, seen_at)
                    select ?, processing_group, now() from unnest(?::text[]) as running (processing_group)
                    on conflict (node_id, processing_group) do update set seen_at = excluded.seen_at""",
                    node.id(), runningGroups);
            jdbc.update("delete from worker_nodes where node_id = ? and processing_group <> all (?::text[])",
                    node.id(), runningGroups);
        } catch (DataAccessException databaseAway) {
            // Health reports the database; the roster is renewed when it answers again.
        }
    }

    /** How many nodes run each processing group now, this one included when it does. */
    Map<String, Integer> liveNodes() {
        Map<String, Integer> nodes = new HashMap<>();
        jdbc.query("""
                select processing_group, count(*) from worker_nodes
                where seen_at > now() - make_interval(secs => ?) group by processing_group""",
                row -> {
                    nodes.put(row.getString(1), row.getInt(2));
                }, LIVE.toSeconds());
        return nodes;
    }

    @Override
    public void start() {
        running = true;
        renew();
    }

    /** Leaves the roster before the processors stop (a later phase), so the others do not wait to take over. */
    @Override
    public void stop() {
        running = false;
        try {
            jdbc.update("delete from worker_nodes where node_id = ?", node.id());
        } catch (DataAccessException databaseAway) {
            // The entries age out by themselves.
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the web server has drained (it stops first), before Axon's processors (phase 1024) release claims. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 2048;
    }
}
