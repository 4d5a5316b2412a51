package iq.tsh.erp.zoho.admin;

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

    /** One entry; {@code message} is cut to keep the log readable. */
    public void record(String group, String action, String aggregateId, String eventId, String eventType,
                       Integer attempt, String message, String actor) {
        jdbc.update("""
                insert into processing_log (at, processing_group, action, aggregate_id, event_identifier, event_type,
                                            attempt, message, actor)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", Timestamp.from(Instant.now()), group, action, aggregateId,
                eventId, eventType, attempt, message == null || message.length() <= 2000 ? message
                        : message.substring(0, 2000), actor);
    }
}
