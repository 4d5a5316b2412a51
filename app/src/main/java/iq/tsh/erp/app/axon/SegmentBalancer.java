package iq.tsh.erp.app.axon;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gives each live node its fair share of a processing group's segments. Axon's tracking processors claim greedily,
 * so the first node to start would take every segment and a second one would idle; here a node holding more than
 * {@code ceil(segments / live nodes)} releases the extra ones for a while, long enough for a node with free workers
 * to claim them. Nothing is released while this node is the only one, so a node alone keeps everything.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    /** Long enough for another node to claim (it looks every second), short enough to take it back if nobody does. */
    private static final Duration HOLD_BACK = Duration.ofSeconds(10);

    private final EventProcessingConfiguration processing;
    private final NodeRoster roster;
    private final JdbcTemplate jdbc;

    SegmentBalancer(EventProcessingConfiguration processing, NodeRoster roster, JdbcTemplate jdbc) {
        this.processing = processing;
        this.roster = roster;
        this.jdbc = jdbc;
    }

    @Scheduled(fixedRate = 5, initialDelay = 5, timeUnit = TimeUnit.SECONDS)
    void balance() {
        if (!roster.isRunning()) {
            return;
        }
        try {
            Map<String, Integer> nodes = roster.liveNodes();
            Map<String, Integer> segments = segmentsPerGroup();
            for (Map.Entry<String, ?> entry : processing.eventProcessors().entrySet()) {
                if (entry.getValue() instanceof StreamingEventProcessor processor && processor.isRunning()
                        && !processor.isError()) {
                    balance(entry.getKey(), processor, nodes.getOrDefault(entry.getKey(), 0),
                            segments.getOrDefault(entry.getKey(), 0));
                }
            }
        } catch (DataAccessException databaseAway) {
            // Nothing to balance while the database is away; health says so.
        }
    }

    private Map<String, Integer> segmentsPerGroup() {
        Map<String, Integer> segments = new HashMap<>();
        jdbc.query("select processor_name, count(*) from token_entry group by processor_name", row -> {
            segments.put(row.getString(1), row.getInt(2));
        });
        return segments;
    }

    private void balance(String group, StreamingEventProcessor processor, int nodes, int segments) {
        if (nodes < 2) {
            return;
        }
        int fairShare = (segments + nodes - 1) / nodes;
        List<Integer> mine = processor.processingStatus().keySet().stream().sorted().toList();
        for (int i = fairShare; i < mine.size(); i++) {
            int segment = mine.get(mine.size() - 1 - (i - fairShare));
            log.info("Releasing segment {} of {} for another node: {} nodes share {} segments, this one held {}",
                    segment, group, nodes, segments, mine.size());
            processor.releaseSegment(segment, HOLD_BACK.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
