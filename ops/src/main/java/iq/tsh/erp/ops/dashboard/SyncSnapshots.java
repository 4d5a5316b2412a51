package iq.tsh.erp.ops.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Takes the sync's snapshot; a database that does not answer is part of the picture, not a failure of it. */
@Component
class SyncSnapshots {

    private final JdbcTemplate jdbc;
    private final TokenRows tokens;
    private final ProcessorStates processors;
    private final ProcessorWatch watch;
    private final ProcessingGroups groups;
    private final SyncQueue queue;
    private final DeadLetterCounts deadLetters;
    private final InboxQueries inbox;
    private final Clock clock = Clock.systemUTC();

    SyncSnapshots(JdbcTemplate jdbc, TokenRows tokens, ProcessorStates processors, ProcessorWatch watch,
                  ProcessingGroups groups, SyncQueue queue, DeadLetterCounts deadLetters, InboxQueries inbox) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.processors = processors;
        this.watch = watch;
        this.groups = groups;
        this.queue = queue;
        this.deadLetters = deadLetters;
        this.inbox = inbox;
    }

    SyncSnapshot take() {
        return take(true);
    }

    /**
     * The part health needs (database, processors and their segments, dead letters), without the queue's lag and the
     * inbox's activity, which cost more and judge the flow rather than the machinery.
     */
    SyncSnapshot takeForHealth() {
        return take(false);
    }

    private SyncSnapshot take(boolean withFlow) {
        Instant now = clock.instant();
        groups.local().forEach((name, processor) -> watch.observe(name, processor, now));
        DatabaseCheck database = probe();
        if (!database.up()) {
            return new SyncSnapshot(now, database, processors.read(List.of(), now), null, null, null);
        }
        List<TokenRow> rows = tokens.all();
        return new SyncSnapshot(now, database, processors.read(rows, now), withFlow ? queue.read(rows, now) : null,
                deadLetters.summary(), withFlow ? inbox.activity(now) : null);
    }

    private DatabaseCheck probe() {
        long started = System.nanoTime();
        try {
            jdbc.queryForObject("select 1", Integer.class);
            return new DatabaseCheck(true, (System.nanoTime() - started) / 1_000_000, null);
        } catch (DataAccessException e) {
            return new DatabaseCheck(false, (System.nanoTime() - started) / 1_000_000,
                    e.getMostSpecificCause().getClass().getSimpleName());
        }
    }
}
