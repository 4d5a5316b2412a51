package iq.tsh.erp.query.common;

import static iq.tsh.erp.query.common.Columns.timestamp;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The apply-once rule of docs/read-models.md, written once: an aggregate's head row carries {@code last_sequence}, the
 * sequence of the last event applied to it. {@code table} and {@code keyColumn} are the read model's own constants,
 * never input.
 */
public record HeadRow(String table, String keyColumn) {

    /**
     * Moves the head row to {@code sequence} if it is behind (creating it if absent): whether the event is new to
     * this aggregate. False means a replay or redelivery, and the handler changes nothing else.
     */
    public boolean claim(JdbcTemplate jdbc, String key, long sequence, Instant at) {
        return jdbc.update("INSERT INTO " + table + " (" + keyColumn + ", last_sequence, updated_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (" + keyColumn + ") DO UPDATE SET last_sequence = EXCLUDED.last_sequence,"
                + " updated_at = EXCLUDED.updated_at"
                + " WHERE " + table + ".last_sequence < EXCLUDED.last_sequence", key, sequence, timestamp(at)) == 1;
    }

    /** The sequence of the last event applied to the aggregate, -1 when none (what read-your-writes waits for). */
    public long lastSequence(JdbcTemplate jdbc, String key) {
        List<Long> last = jdbc.queryForList("SELECT last_sequence FROM " + table + " WHERE " + keyColumn + " = ?",
                Long.class, key);
        return last.isEmpty() ? -1 : last.get(0);
    }
}
