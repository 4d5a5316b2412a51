package iq.tsh.erp.ops.deadletter;

import iq.tsh.erp.api.common.StorableValues;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code processing_log} table: what the workers did beyond plain success (retries, parking, recovery) and what
 * ops did to them (retries, clears, replays, with who). Plain successes are counted in metrics instead.
 */
@Component
public class ProcessingLog {

    private final JdbcTemplate jdbc;

    ProcessingLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One entry; {@code message} is cut to keep the log readable. Every text is made storable first: a failure's
     * message may quote the very value the database refused, and this insert shares the worker's transaction.
     */
    public void record(String group, String action, String aggregateId, String eventId, String eventType,
                       Integer attempt, String message, String actor) {
        jdbc.update("""
                insert into processing_log (at, processing_group, action, aggregate_id, event_identifier, event_type,
                                            attempt, message, actor)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Timestamp.from(Instant.now()), group, action,
                StorableValues.printable(aggregateId), eventId, eventType, attempt,
                StorableValues.printable(message, 2000), StorableValues.printable(actor));
    }
}
